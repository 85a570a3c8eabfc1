/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A vacancy's title and text in one language.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class VacancyText {

  /** Longest title accepted. */
  public static final int MAX_TITLE = 200;

  /** Longest text accepted. */
  public static final int MAX_BODY = 20_000;

  /**
   * The post's title, e.g. "Senior Network Engineer".
   *
   * @return the title
   */
  @NotBlank(message = "{careers.vacancy.title.blank}")
  @Size(max = MAX_TITLE, message = "{careers.vacancy.title.too-long}")
  @Text
  public abstract String title();

  /**
   * The full text of the vacancy notice.
   *
   * @return the text
   */
  @NotBlank(message = "{careers.vacancy.body.blank}")
  @Size(max = MAX_BODY, message = "{careers.vacancy.body.too-long}")
  @Text(multiLine = true)
  public abstract String body();

  /**
   * A title and text.
   *
   * @param title the title
   * @param body the text
   * @return the value
   */
  public static VacancyText of(String title, String body) {
    return builder().title(title).body(body).build();
  }

  /**
   * Starts a text.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VacancyText}. */
  public static final class Builder extends ImmutableVacancyText.Builder {}
}
