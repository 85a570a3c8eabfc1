/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.memberportal.kernel.Text;
import org.memberportal.kernel.ValidEmail;

/**
 * How a person named in a profile (the candidate, a referee) is reached: an email address, and a telephone
 * number that may be empty.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ContactDetails {

  /**
   * The email address at which the organisation writes to the person.
   *
   * @return the address
   */
  @ValidEmail
  String email();

  /**
   * A telephone number, may be empty.
   *
   * @return the number
   */
  @Size(max = 40)
  @Text
  String phone();
}
