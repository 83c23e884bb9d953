package dev.fastkit.core.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Sends a request byte for byte over a socket, for header values the JDK's HTTP client refuses to send. */
final class RawHttp {

    private RawHttp() {
    }

    /**
     * @param server      the server's URI
     * @param path        the path
     * @param json        the JSON body
     * @param headerLines whole header lines, such as {@code "Idempotency-Key: abc"}, sent as ISO-8859-1 bytes
     * @return the answer's status line and headers, as sent
     * @throws IOException if the server cannot be reached
     */
    static String post(URI server, String path, String json, String... headerLines) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            if (head.length() == 0) {
                throw new IOException("the server closed the connection without an answer");
            }
            return head.toString();
        }
    }
}
