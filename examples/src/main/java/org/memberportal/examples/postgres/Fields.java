package org.memberportal.examples.postgres;

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
    fields.forEach((name, value) -> {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(escape(name)).append('=').append(escape(value));
    });
    return out.toString();
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

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
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
    return out.toString();
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
