/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict, minimal JSON reader (RFC 8259) for tests: objects become insertion-ordered maps, arrays lists,
 * integers {@link Long}, and strings are unescaped. It refuses anything malformed, so that a rendering bug
 * shows up as a parse failure.
 */
public final class JsonReader {

  private final String text;
  private int at;

  private JsonReader(String text) {
    this.text = text;
  }

  /**
   * Parses a JSON text.
   *
   * @param text the JSON
   * @return the tree
   * @throws IllegalArgumentException when the text is not valid JSON
   */
  public static @Nullable Object parse(String text) {
    JsonReader r = new JsonReader(text);
    Object value = r.value();
    if (r.at != text.length()) {
      throw r.error("trailing text");
    }
    return value;
  }

  private @Nullable Object value() {
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, @Nullable Object> object() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    at++;
    if (peek() == '}') {
      at++;
      return map;
    }
    while (true) {
      String key = string();
      expect(':');
      map.put(key, value());
      char c = next();
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw error("expected , or }");
      }
    }
  }

  private List<@Nullable Object> array() {
    List<@Nullable Object> list = new ArrayList<>();
    at++;
    if (peek() == ']') {
      at++;
      return list;
    }
    while (true) {
      list.add(value());
      char c = next();
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw error("expected , or ]");
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("unescaped control character");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("short unicode escape");
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw error("bad escape");
      }
    }
  }

  private Object number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (start == at) {
      throw error("unexpected character");
    }
    return Long.parseLong(text.substring(start, at));
  }

  private @Nullable Object literal(String word, @Nullable Object value) {
    if (!text.startsWith(word, at)) {
      throw error("bad literal");
    }
    at += word.length();
    return value;
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected " + c);
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + at);
  }
}
