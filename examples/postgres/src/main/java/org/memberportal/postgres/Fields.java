/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes a map of names to texts as one text column: {@code name=value} lines, with backslash, newline and
 * carriage return escaped in values, so no JSON library is needed and the column stays readable in psql.
 */
final class Fields {

  private Fields() {}

  static String encode(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach((name, value) -> append(out, name, value));
    return out.toString();
  }

  /**
   * Appends one field to an encoding under way, so that a caller with values at hand (an event's components)
   * needs no map: {@code encode(map)} is {@code append} of each entry in order.
   */
  static StringBuilder append(StringBuilder out, String name, String value) {
    if (out.length() > 0) {
      out.append('\n');
    }
    escapeInto(out, name);
    out.append('=');
    escapeInto(out, value);
    return out;
  }

  static Map<String, String> decode(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return fields;
    }
    for (String line : text.split("\n", -1)) {
      int eq = line.indexOf('=');
      fields.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
    }
    return fields;
  }

  private static void escapeInto(StringBuilder out, String text) {
    int plain = 0;
    while (plain < text.length() && !special(text.charAt(plain))) {
      plain++;
    }
    // most values (ids, codes, numbers) have nothing to escape: copied in one piece
    out.append(text, 0, plain);
    for (int i = plain; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        // an escaped '=' keeps the first unescaped '=' of a line the separator, whatever the name holds
        case '=' -> out.append("\\e");
        default -> out.append(c);
      }
    }
  }

  private static boolean special(char c) {
    return c == '\\' || c == '\n' || c == '\r' || c == '=';
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 'e' -> '=';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
