/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * A workflow move that its transition table does not allow from the subject's current state.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class IllegalTransition extends PortalException {

  /** Stable code of this kind of failure. */
  public static final String CODE = "illegal-transition";

  private final String workflow;
  private final String state;
  private final String action;

  /**
   * Creates the failure.
   *
   * @param workflow name of the workflow, e.g. {@code "affiliation"}
   * @param state the current state
   * @param action the action that is not allowed from it
   */
  public IllegalTransition(String workflow, Enum<?> state, Enum<?> action) {
    super(
        workflow + KernelRefusals.ILLEGAL_TRANSITION_SUFFIX,
        workflow + ": cannot " + action.name() + " from state " + state.name());
    this.workflow = workflow;
    this.state = state.name();
    this.action = action.name();
  }

  /**
   * The workflow's name.
   *
   * @return the name
   */
  public String workflow() {
    return workflow;
  }

  /**
   * The state the subject was in.
   *
   * @return the state's name
   */
  public String state() {
    return state;
  }

  /**
   * The action that was refused.
   *
   * @return the action's name
   */
  public String action() {
    return action;
  }

  @Override
  public String code() {
    return CODE;
  }
}
