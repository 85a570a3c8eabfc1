/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON (RFC 8259) that careers' {@code privacy.Json} writes, back into the same kind of tree: objects
 * become insertion-ordered maps, arrays lists, integers {@link Long}, strings are unescaped. Strict: anything
 * malformed (or a fraction, which the documents never hold) is refused, so that a damaged column fails loudly
 * instead of loading half a profile. No JSON library needed.
 */
final class JsonText {

  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /**
   * Parses a JSON text.
   *
   * @throws IllegalArgumentException when the text is not valid JSON (the message gives the offset, not content)
   */
  static @Nullable Object parse(String text) {
    JsonText reader = new JsonText(text);
    reader.space();
    Object value = reader.value();
    reader.space();
    if (reader.at != text.length()) {
      throw reader.malformed("trailing characters");
    }
    return value;
  }

  private @Nullable Object value() {
    if (at >= text.length()) {
      throw malformed("value expected");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw malformed("unexpected character");
      }
    };
  }

  private Map<String, @Nullable Object> object() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      at++;
      return map;
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw malformed("name expected");
      }
      String name = string();
      space();
      expect(':');
      space();
      if (map.containsKey(name)) {
        throw malformed("duplicate name");
      }
      map.put(name, value());
      space();
      if (peek(',')) {
        at++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<@Nullable Object> array() {
    List<@Nullable Object> list = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      at++;
      return list;
    }
    while (true) {
      space();
      list.add(value());
      space();
      if (peek(',')) {
        at++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw malformed("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw malformed("unescaped control character");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw malformed("unterminated escape");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw malformed("short unicode escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException x) {
            throw malformed("bad unicode escape");
          }
          at += 4;
        }
        default -> throw malformed("bad escape");
      }
    }
  }

  private Long number() {
    int start = at;
    if (peek('-')) {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    String digits = text.substring(start, at);
    if (digits.isEmpty() || digits.equals("-") || (at < text.length() && ".eE".indexOf(text.charAt(at)) >= 0)) {
      throw malformed("integer expected");
    }
    try {
      return Long.valueOf(digits);
    } catch (NumberFormatException e) {
      throw malformed("integer out of range");
    }
  }

  private @Nullable Object literal(String word, @Nullable Object value) {
    if (!text.startsWith(word, at)) {
      throw malformed("unknown literal");
    }
    at += word.length();
    return value;
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw malformed("'" + c + "' expected");
    }
    at++;
  }

  private IllegalArgumentException malformed(String what) {
    // the offset only: the text is personal data
    return new IllegalArgumentException("malformed JSON at offset " + at + ": " + what);
  }
}
