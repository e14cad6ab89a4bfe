package org.sdkg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
 * blank nodes by their own signature) and its incoming arcs. Signatures alone are not enough: the
 * same structure nested twice (two {@code ( xsd:date xsd:gYearMonth xsd:gYear )} lists under
 * different properties) gives equal signatures below the first level, and the dump writes the
 * labels. So nodes are numbered depth first: the blank nodes that hang from a named node (or from
 * nothing) in signature order, each followed by the blank nodes below it, children in order of
 * predicate and signature. Nodes still tied are then copies of each other under the same parent,
 * and numbering each copy's tree in one run makes either order give the same text. This is exact
 * for the trees Turtle writes with {@code [ ]} and lists (all our blank nodes come from the
 * ontology files); blank-node cycles still get valid, but not guaranteed stable, labels.
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
    List<Node> ordered = new BlankNodeLabels(quads).depthFirst();
    Map<Node, Node> renamed = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      renamed.put(ordered.get(i), NodeFactory.createBlankNode("b" + i));
    }
    return renamed;
  }

  private List<Node> depthFirst() {
    Set<Node> blanks = new HashSet<>(outgoing.keySet());
    blanks.addAll(incoming.keySet());
    Map<Node, String> signature = new HashMap<>();
    for (Node b : blanks) {
      signature.put(b, fullSignature(b));
    }
    Comparator<Node> bySignature = Comparator.comparing(signature::get);
    List<Node> roots = new ArrayList<>();
    for (Node b : blanks) {
      List<Quad> in = incoming.getOrDefault(b, List.of());
      if (in.isEmpty() || in.stream().anyMatch(q -> !q.getSubject().isBlank())) {
        roots.add(b);
      }
    }
    roots.sort(bySignature);
    // Blank nodes reachable only from blank-node cycles come last.
    List<Node> rest = new ArrayList<>(blanks);
    rest.sort(bySignature);
    roots.addAll(rest);

    Comparator<Quad> childOrder =
        Comparator.<Quad, String>comparing(q -> key(q.getGraph()))
            .thenComparing(q -> key(q.getPredicate()))
            .thenComparing(q -> signature.get(q.getObject()));
    List<Node> ordered = new ArrayList<>();
    Set<Node> seen = new HashSet<>();
    Deque<Node> pending = new ArrayDeque<>();
    for (Node root : roots) {
      pending.push(root);
      while (!pending.isEmpty()) {
        Node b = pending.pop();
        if (!seen.add(b)) {
          continue;
        }
        ordered.add(b);
        List<Quad> children = new ArrayList<>();
        for (Quad q : outgoing.getOrDefault(b, List.of())) {
          if (q.getObject().isBlank() && !seen.contains(q.getObject())) {
            children.add(q);
          }
        }
        children.sort(childOrder.reversed());
        children.forEach(q -> pending.push(q.getObject()));
      }
    }
    return ordered;
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
