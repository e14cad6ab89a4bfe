package org.sdkg.serve;

import java.nio.file.Path;
import org.sdkg.store.Credentials;

/** Who may change the served store. */
public sealed interface Access {

  /** Queries and graph reads only; every write is refused. The default. */
  record ReadOnly() implements Access {}

  /** Queries stay open; SPARQL Update and Graph Store writes need these credentials. */
  record Update(Credentials credentials) implements Access {}

  /**
   * Writes are enabled and an Apache Shiro configuration ({@code shiro.ini}, Fuseki's own format)
   * decides who may do what, path by path. Its {@code [urls]} section must protect {@code
   * /DATASET/update} and {@code /DATASET/data}, or writes are open.
   */
  record ShiroUpdate(Path shiroIni) implements Access {}
}
