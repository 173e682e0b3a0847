package org.newsrelay.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback server that misbehaves at the socket level: drips, stalls, never closes. */
final class RawSocketServer implements AutoCloseable {

  interface Behaviour {
    void serve(InputStream in, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  RawSocketServer(Behaviour behaviour) throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket client = socket.accept();
                  open.add(client);
                  Thread worker =
                      new Thread(
                          () -> {
                            try {
                              readRequestHead(client.getInputStream());
                              behaviour.serve(client.getInputStream(), client.getOutputStream());
                            } catch (IOException | InterruptedException ignored) {
                              // The client hung up, which is what these tests provoke.
                            }
                          });
                  worker.setDaemon(true);
                  worker.start();
                } catch (IOException e) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
  }

  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static void readRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < 4 && (b = in.read()) >= 0) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
