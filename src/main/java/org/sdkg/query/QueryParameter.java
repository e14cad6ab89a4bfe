package org.sdkg.query;

import java.util.List;
import java.util.Optional;

/**
 * One parameter declared in a query header. The parameter {@code NAME} binds the query variable
 * {@code ?NAME} (written {@code $NAME} in the library's queries to mark it as a parameter).
 *
 * @param name the parameter and variable name
 * @param type how values are checked and bound
 * @param choices the allowed words for {@link ParameterType#CHOICE}, else empty
 * @param defaultValue the value used when none is given, or {@code null}: the variable then stays
 *     unbound, which the queries read as "any"
 * @param description what it does, for {@code sdkg query --list}
 */
public record QueryParameter(
    String name,
    ParameterType type,
    List<String> choices,
    String defaultValue,
    String description) {

  public QueryParameter {
    choices = List.copyOf(choices);
  }

  public Optional<String> defaultIfAny() {
    return Optional.ofNullable(defaultValue);
  }

  /** How {@code --list} shows it: {@code country=CHN} or {@code topic} when it has no default. */
  public String usage() {
    return defaultValue == null ? name : name + "=" + defaultValue;
  }

  /** The type as written in the header: {@code country}, or the choices {@code year|month}. */
  public String typeWord() {
    return type == ParameterType.CHOICE ? String.join("|", choices) : type.word();
  }
}
