package cn.suanpan.cloud.payment.wire;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** One HTTPS connection pool to a wallet, posting a body and telling "never sent" from "no answer". */
public final class ProviderHttp {

    private final HttpClient client;
    private final Duration readTimeout;

    public ProviderHttp(SSLContext tls, Duration connectTimeout, Duration readTimeout) {
        this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
    }

    /** Posts {@code body}; the answer's text, or {@link NoAnswer} for anything but a 200. */
    public String post(String url, String contentType, String body) throws NoAnswer {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200 || response.body().isEmpty()) {
                throw new NoAnswer("HTTP " + response.statusCode() + " from " + url, true, null);
            }
            return response.body();
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new NoAnswer("cannot connect to " + url, false, e);
        } catch (IOException e) {
            // a TLS handshake failure is also "never sent", but the wallet cannot tell us so: treat as maybe sent
            throw new NoAnswer("no answer from " + url + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("interrupted waiting for " + url, true, e);
        }
    }

    /**
     * Fetches a file the wallet linked to (a bill); follows up to three redirects, as a file
     * server may send the client on to storage. The bytes, or {@link NoAnswer} for anything
     * but a 200.
     */
    public byte[] get(String url, int maxBytes) throws NoAnswer {
        URI at = URI.create(url);
        for (int hop = 0; hop <= 3; hop++) {
            HttpRequest request = HttpRequest.newBuilder(at).timeout(readTimeout).GET().build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    int status = response.statusCode();
                    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                        String next = response.headers().firstValue("Location")
                                .orElseThrow(() -> new NoAnswer("HTTP " + status + " without a Location from " + url, true, null));
                        at = at.resolve(next);
                        continue;
                    }
                    if (status != 200) {
                        throw new NoAnswer("HTTP " + status + " from " + at.getHost() + at.getPath(), true, null);
                    }
                    byte[] body = in.readNBytes(maxBytes + 1);
                    if (body.length > maxBytes) {
                        throw new NoAnswer("the file at " + at.getHost() + at.getPath() + " is over " + maxBytes + " bytes", true, null);
                    }
                    return body;
                }
            } catch (HttpConnectTimeoutException | ConnectException e) {
                throw new NoAnswer("cannot connect to " + at.getHost(), false, e);
            } catch (IOException e) {
                throw new NoAnswer("no answer from " + at.getHost() + ": " + e, true, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NoAnswer("interrupted waiting for " + at.getHost(), true, e);
            }
        }
        throw new NoAnswer("too many redirects from " + url, true, null);
    }

    /**
     * TLS with a client certificate from a PKCS12 file (WeChat's apiclient_cert.p12, whose
     * password is the merchant number) and, if given, one trusted server certificate instead
     * of the JDK's authorities (the simulator's, in tests).
     */
    public static SSLContext tls(Path clientPkcs12, char[] password, Path trustedCertificate) {
        try {
            KeyManagerFactory kmf = null;
            if (clientPkcs12 != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(clientPkcs12)) {
                    keys.load(in, password);
                }
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, password);
            }
            TrustManagerFactory tmf = null;
            if (trustedCertificate != null) {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                try (InputStream in = Files.newInputStream(trustedCertificate)) {
                    Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
                    trust.setCertificateEntry("wallet", cert);
                }
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the wallet's TLS material", e);
        }
    }
}
