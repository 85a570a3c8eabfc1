/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.member;

import java.util.LinkedHashMap;
import java.util.Map;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.HandOverPreview;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.handover.TiesFocalPoints;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change TIES Focal Point: prepare (what would change, and a one-time token), then confirm.
 */
@RestController
@Tag(name = "member-endpoints")
public class HandOverEndpoints {

  private final TiesFocalPoints handOver;
  private final Commands commands;
  private final JsonMapper json;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param handOver the TIES focal point's hand-over
   * @param commands reads commands
   * @param json turns the preview into JSON
   * @param me the caller
   */
  public HandOverEndpoints(TiesFocalPoints handOver, Commands commands, JsonMapper json, Me me) {
    this.handOver = handOver;
    this.commands = commands;
    this.json = json;
    this.me = me;
  }

  /**
   * Change TIES Focal Point, first step: what would change, and the one-time token that confirms it (shown here
   * once: the library keeps only its hash).
   *
   * @param body {@code organisation}, {@code successor}
   * @return the preview, with {@code token}
   */
  @PostMapping("/api/me/ties-focal-point/hand-over")
  @Reads(PrepareTiesHandOver.class)
  public Map<String, Object> prepareHandOver(@RequestBody JsonNode body) {
    HandOverPreview preview = handOver.prepare(commands.read(body, PrepareTiesHandOver.class), me.actor()).value();
    Map<String, Object> answer = new LinkedHashMap<>(json.convertValue(preview, Map.class));
    answer.put("token", preview.token().reveal());
    return answer;
  }

  /**
   * Change TIES Focal Point, second step: the sitting focal point confirms with the token.
   *
   * @param body {@code token}
   * @return the organisation's seats
   */
  @PostMapping("/api/me/ties-focal-point/hand-over/confirmation")
  @Reads(ConfirmTiesHandOver.class)
  public FocalPointSeats confirmHandOver(@RequestBody JsonNode body) {
    return handOver.confirm(commands.read(body, ConfirmTiesHandOver.class), me.actor()).value();
  }
}
