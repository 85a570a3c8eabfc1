/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.json;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a library command from a request body, with the ids of the path put in (they win over the body's), as
 * decision 0004 says: the body's properties are the command's attributes.
 */
@Component
public class Commands {

  private final JsonMapper json;

  /**
   * Makes the reader.
   *
   * @param json the portal's mapper (with {@link PortalJson})
   */
  public Commands(JsonMapper json) {
    this.json = json;
  }

  /**
   * The command of a body.
   *
   * @param body the body (null: none)
   * @param type the command's type
   * @param path the path's attributes, name then value, e.g. {@code "affiliation", id}
   * @param <T> the command's type
   * @return the command
   */
  public <T> T read(@Nullable JsonNode body, Class<T> type, Object... path) {
    ObjectNode node = body instanceof ObjectNode object ? object.deepCopy() : json.createObjectNode();
    return json.treeToValue(withPath(node, path), type);
  }

  /**
   * The query of a request's parameters, read as a command is: a parameter given once is a value, one given several
   * times is an array (a set-valued attribute takes a single value too), e.g. {@code ?types=INTERNSHIP&grades=P-2}.
   *
   * @param parameters the request's parameters
   * @param type the query's type
   * @param path the path's attributes, name then value, as {@link #read} takes them
   * @param <T> the query's type
   * @return the query
   */
  public <T> T query(Map<String, List<String>> parameters, Class<T> type, Object... path) {
    ObjectNode node = json.createObjectNode();
    parameters.forEach((name, values) ->
        node.set(name, json.valueToTree(values.size() == 1 ? values.get(0) : values)));
    return json.readerFor(type).with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .readValue(withPath(node, path));
  }

  private ObjectNode withPath(ObjectNode node, Object... path) {
    for (int i = 0; i + 1 < path.length; i += 2) {
      node.set((String) path[i], json.valueToTree(path[i + 1]));
    }
    return node;
  }
}
