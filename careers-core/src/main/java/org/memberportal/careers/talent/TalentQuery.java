/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.talent;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.IsoLanguage;
import org.memberportal.kernel.Paging;
import org.memberportal.kernel.Text;

/**
 * Query: a recruiter's talent search. Candidates match when they declared one of the interests (any of them when
 * none is given), have an area of expertise containing the expertise words (ignoring case), and speak every
 * language asked for.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Paging.Codes(page = "careers.talent.page.negative", size = "careers.talent.size.out-of-range")
@Value.Immutable
public abstract class TalentQuery implements Paging {

  /**
   * The kinds of work the candidates must be interested in (one of them is enough).
   *
   * @return the interests; empty for any of short-term, consultant or internship work
   */
  public abstract Set<ContractInterest> interests();

  /**
   * Text an area of expertise must contain, ignoring case.
   *
   * @return the text, or empty for any expertise
   */
  public abstract Optional<@Text
      @Size(min = 1, max = 100, message = "{careers.talent.expertise.size}") String> expertise();

  /**
   * ISO 639 language codes the candidates must all have declared.
   *
   * @return the languages
   */
  public abstract Set<@Text @IsoLanguage(message = "{careers.talent.language.not-iso}") String> languages();

  /**
   * Starts the query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TalentQuery}. */
  public static final class Builder extends ImmutableTalentQuery.Builder {}
}
