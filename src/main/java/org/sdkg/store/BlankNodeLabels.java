package org.sdkg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Gives blank nodes labels that depend on what surrounds them, not on when they were loaded, so a
 * rebuilt store dumps to the same bytes. A blank node's signature hashes its outgoing arcs (nested
 * blank nodes by their own signature) and its incoming arcs; nodes are then numbered in signature
 * order. This is exact for the trees Turtle writes with {@code [ ]} and lists (all our blank nodes
 * come from the ontology files); blank-node cycles still get valid, but not guaranteed stable,
 * labels.
 */
final class BlankNodeLabels {
  private final Map<Node, List<Quad>> outgoing = new HashMap<>();
  private final Map<Node, List<Quad>> incoming = new HashMap<>();
  private final Map<Node, String> outSignatures = new HashMap<>();

  private BlankNodeLabels(List<Quad> quads) {
    for (Quad q : quads) {
      if (q.getSubject().isBlank()) {
        outgoing.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
      }
      if (q.getObject().isBlank()) {
        incoming.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q);
      }
    }
  }

  /** Old blank node to new blank node ({@code b0}, {@code b1}, ...) for every blank node used. */
  static Map<Node, Node> relabel(List<Quad> quads) {
    BlankNodeLabels labels = new BlankNodeLabels(quads);
    Set<Node> blanks = new HashSet<>(labels.outgoing.keySet());
    blanks.addAll(labels.incoming.keySet());
    Map<Node, String> signature = new HashMap<>();
    for (Node b : blanks) {
      signature.put(b, labels.fullSignature(b));
    }
    List<Node> ordered = new ArrayList<>(blanks);
    ordered.sort(Comparator.comparing(signature::get));
    Map<Node, Node> renamed = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      renamed.put(ordered.get(i), NodeFactory.createBlankNode("b" + i));
    }
    return renamed;
  }

  private String fullSignature(Node b) {
    List<String> lines = new ArrayList<>();
    lines.add(outSignature(b, new HashSet<>()));
    for (Quad q : incoming.getOrDefault(b, List.of())) {
      lines.add(
          "in "
              + key(q.getGraph())
              + " "
              + term(q.getSubject(), new HashSet<>())
              + " "
              + key(q.getPredicate()));
    }
    return hash(lines);
  }

  private String outSignature(Node b, Set<Node> visiting) {
    String known = outSignatures.get(b);
    if (known != null) {
      return known;
    }
    visiting.add(b);
    List<String> lines = new ArrayList<>();
    for (Quad q : outgoing.getOrDefault(b, List.of())) {
      lines.add(
          key(q.getGraph()) + " " + key(q.getPredicate()) + " " + term(q.getObject(), visiting));
    }
    visiting.remove(b);
    String signature = hash(lines);
    outSignatures.put(b, signature);
    return signature;
  }

  private String term(Node n, Set<Node> visiting) {
    if (!n.isBlank()) {
      return key(n);
    }
    return visiting.contains(n) ? "_:cycle" : "_:" + outSignature(n, visiting);
  }

  private static String key(Node n) {
    return NodeFmtLib.strNT(n);
  }

  private static String hash(List<String> lines) {
    lines.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
