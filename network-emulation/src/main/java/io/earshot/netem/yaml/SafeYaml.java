package io.earshot.netem.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML from outside, parsed defensively into plain maps, lists and scalars: SnakeYAML's safe
 * constructor, no duplicate keys, at most 50 aliases for collections, at most a million characters,
 * and no list or mapping as a key (checked before anything is built).
 */
public final class SafeYaml {
  private static final int MAX_DOCUMENT_CHARS = 1_000_000;

  private SafeYaml() {}

  /** Parses one YAML document into plain Java maps, lists and scalars. */
  public static Object parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    try {
      PlainConstructor constructor = new PlainConstructor(options);
      Node root = new Yaml(constructor).compose(new StringReader(yaml));
      if (root == null) {
        return null;
      }
      requirePlainKeys(root);
      return constructor.construct(root);
    } catch (YAMLException e) {
      throw new IllegalArgumentException("invalid YAML: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a list or mapping used as a mapping key before anything is built: SnakeYAML hashes keys
   * to detect duplicates, and through aliases such a key can refer to itself (the hash never ends:
   * StackOverflowError) or stand for an exponentially large tree. Profile keys are field names.
   */
  private static void requirePlainKeys(Node root) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (!(tuple.getKeyNode() instanceof ScalarNode)) {
            throw new IllegalArgumentException(
                "invalid YAML: expected plain keys, found a "
                    + (tuple.getKeyNode() instanceof MappingNode ? "mapping" : "list")
                    + " as a key at line "
                    + (tuple.getKeyNode().getStartMark().getLine() + 1));
          }
          todo.push(tuple.getValueNode());
        }
      } else if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(todo::push);
      }
    }
  }

  /** SafeConstructor building from an already composed (and checked) node. */
  private static final class PlainConstructor extends SafeConstructor {
    PlainConstructor(LoaderOptions options) {
      super(options);
    }

    Object construct(Node root) {
      return constructDocument(root);
    }
  }
}
