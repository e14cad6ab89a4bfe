package org.sdkg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A TCP port on 127.0.0.1 that only records whether anyone connected: the target of payloads that
 * try to make sdkg or its server fetch a URL (SERVICE, external DTDs, JSON-LD contexts).
 */
public final class LoopbackListener implements AutoCloseable {
  private final ServerSocket socket;

  public LoopbackListener() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  /** {@code http://127.0.0.1:PORT} */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Whether a connection is waiting, or arrives within {@code wait}. */
  public boolean connected(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    try {
      socket.accept().close();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
