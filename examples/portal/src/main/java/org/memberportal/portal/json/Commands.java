/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.json;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
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
    for (int i = 0; i + 1 < path.length; i += 2) {
      node.set((String) path[i], json.valueToTree(path[i + 1]));
    }
    return json.treeToValue(node, type);
  }
}
