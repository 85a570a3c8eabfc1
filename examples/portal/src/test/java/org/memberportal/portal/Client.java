/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like client over real HTTP: keeps its cookies (also the {@code Secure} ones, as a browser does for
 * localhost), sends the CSRF cookie's value back in {@code X-XSRF-TOKEN}, and is a client of its own address
 * ({@code X-Forwarded-For}, which the test server trusts from localhost) so that rate limits are per client.
 */
final class Client {

  private static final AtomicInteger CLIENTS = new AtomicInteger();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String address = "10.0." + CLIENTS.incrementAndGet() / 250 + "." + (CLIENTS.get() % 250 + 1);
  final Map<String, String> cookies = new LinkedHashMap<>();
  String language = "en";
  boolean csrf = true;

  Client(int port) {
    this.base = "http://localhost:" + port;
  }

  /** What a request answered. */
  record Answer(int status, Map<String, List<String>> headers, JsonNode json, String text) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of("")).get(0);
    }
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  Answer post(String path, Object body) {
    return send("POST", path, body);
  }

  Answer put(String path, Object body) {
    return send("PUT", path, body);
  }

  Answer delete(String path) {
    return send("DELETE", path, null);
  }

  Answer send(String method, String path, Object body) {
    if (csrf && !method.equals("GET") && !cookies.containsKey("XSRF-TOKEN")) {
      send("GET", "/api/csrf", null);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept-Language", language).header("X-Forwarded-For", address)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies.entrySet().stream()
          .map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    if (csrf && cookies.containsKey("XSRF-TOKEN")) {
      request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || set.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      String text = response.body();
      boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
      JsonNode json = isJson && !text.isBlank() ? JSON.readTree(text) : JSON.nullNode();
      return new Answer(response.statusCode(), response.headers().map(), json, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
