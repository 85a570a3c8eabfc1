/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.memberportal.kernel.Validation;

/**
 * The sections of the Candidate Profile, in the order the seed lists them; some are required before one can
 * apply.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Section {
  /** Names, date of birth, nationalities, contact details. */
  PERSONAL_INFORMATION("personal-information", true),
  /** Postal address. */
  ADDRESS("address", true),
  /** Languages with reading, writing and speaking levels. */
  LANGUAGES("languages", true),
  /** Relatives working for the organisation or the UN common system; an explicit "none" is an answer. */
  RELATIVES("relatives", true),
  /** Education. */
  EDUCATION("education", true),
  /** Employment history. */
  EMPLOYMENT("employment", true),
  /** Trainings, accreditations and certificates. */
  QUALIFICATIONS("qualifications", false),
  /** Areas of expertise. */
  EXPERTISE("expertise", false),
  /** Computer skills. */
  COMPUTER_SKILLS("computer-skills", false),
  /** Publications. */
  PUBLICATIONS("publications", false),
  /** Professional references. */
  REFERENCES("references", true),
  /** Interest in short-term, consultant or internship work, and availability. */
  CONTRACT_INFORMATION("contract-information", true);

  /**
   * The name under which a refusal lists sections (by code) in its
   * {@link org.memberportal.kernel.PortalException#details()}; also the prefix of the sections' message keys, so
   * that the refusal's message names them in the caller's language.
   */
  public static final String DETAIL = "profile.section";

  private final String code;
  private final boolean required;

  Section(String code, boolean required) {
    this.code = code;
    this.required = required;
  }

  /**
   * The stable code of the section, e.g. {@code "personal-information"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Whether the section must be filled in before the candidate can apply.
   *
   * @return true when required
   */
  public boolean required() {
    return required;
  }

  /**
   * The message key naming this section ({@code profile.section.<code>}).
   *
   * @return the key
   */
  public String messageKey() {
    return DETAIL + "." + code;
  }

  /**
   * The section's name in a language (English or French at least).
   *
   * @param locale the language
   * @return the name
   */
  public String title(Locale locale) {
    return Validation.message(messageKey(), locale, Map.of());
  }
}
