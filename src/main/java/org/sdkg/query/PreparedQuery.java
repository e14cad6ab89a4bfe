package org.sdkg.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A query ready to run: parsed, its graphs chosen, its parameter values checked.
 *
 * @param text where it came from, for messages
 * @param query the parsed query; parameter values are not in it yet
 * @param parameters the values a target substitutes for the parameter variables
 */
public record PreparedQuery(QueryText text, Query query, Binding parameters) {}
