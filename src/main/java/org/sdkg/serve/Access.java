package org.sdkg.serve;

import org.sdkg.store.Credentials;

/** Who may change the served store. */
public sealed interface Access {

  /** Queries and graph reads only; every write is refused. The default. */
  record ReadOnly() implements Access {}

  /** Queries stay open; SPARQL Update and Graph Store writes need these credentials. */
  record Update(Credentials credentials) implements Access {}
}
