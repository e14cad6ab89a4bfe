package org.sdkg.ontology;

/**
 * One SHACL violation, already rendered for people: prefixed names instead of full IRIs.
 *
 * @param focusNode the node that breaks a shape, e.g. {@code mention:1c95…-2903-3224-0}
 * @param path the property path involved, or {@code -} for node-level constraints
 * @param message what is wrong (the shape's {@code sh:message})
 */
public record Violation(String focusNode, String path, String message) {

  /** {@code focusNode path message}, the form {@code sdkg validate} prints. */
  public String line() {
    return focusNode + "  " + path + "  " + message;
  }
}
