/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class FieldsProperties {

  @Property
  void anyMapOfTextsSurvivesEncoding(@ForAll @Size(max = 6) Map<String, String> fields) {
    assertThat(Fields.decode(Fields.encode(fields))).isEqualTo(fields);
  }

  @Property
  void encodedTextHasOneLinePerField(@ForAll @Size(min = 1, max = 6) Map<String, String> fields) {
    assertThat(Fields.encode(fields).split("\n", -1)).hasSize(fields.size());
  }
}
