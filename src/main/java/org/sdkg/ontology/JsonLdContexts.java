package org.sdkg.ontology;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.net.URI;
import java.util.List;

/**
 * JSON-LD's counterpart of XML external entities: a document's {@code "@context": "URL"} makes the
 * parser (Titanium, under Jena) fetch that URL, {@code file:} URLs included. Parsing a file or an
 * upload would then read local files into the graph, or make this machine call other servers.
 *
 * <p>{@link #refuseRemote()} points Titanium's default loader, which every JSON-LD parse in the JVM
 * uses unless told otherwise, at a loader that refuses with a message saying the fix. It is
 * process-wide on purpose: Fuseki parses uploads without a per-request setting sdkg could pass.
 */
public final class JsonLdContexts {
  private static boolean refused;

  private JsonLdContexts() {}

  /** Installs the refusal; later calls do nothing. Call before any JSON-LD is parsed. */
  public static synchronized void refuseRemote() {
    if (refused) {
      return;
    }
    SchemeRouter router = (SchemeRouter) SchemeRouter.defaultInstance();
    for (String scheme : List.of("http", "https", "file")) {
      router.set(scheme, JsonLdContexts::refuse);
    }
    refused = true;
  }

  private static Document refuse(URI url, DocumentLoaderOptions options) throws JsonLdError {
    throw new JsonLdError(
        JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
        "JSON-LD @context "
            + url
            + " is not loaded: sdkg never fetches contexts (they could read local files or call"
            + " other servers); put the context inline in the file");
  }
}
