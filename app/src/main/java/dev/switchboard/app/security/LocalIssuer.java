package dev.switchboard.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer inside Switchboard, for the embedded default: nothing to set up before the first request. On first
 * start it makes an RSA key pair and keeps it in the data directory ({@code local-issuer/signing-key.jwk.json},
 * readable by its owner only), so tokens stay valid across restarts. It signs tokens shaped like Microsoft Entra
 * ID's app-only tokens ({@code tid}, {@code appid}, {@code azp}, {@code roles}) and publishes its public key as a
 * JWK set, which is what Switchboard and any other client verify them with.
 */
public final class LocalIssuer {

    static final String KEY_FILE = "local-issuer/signing-key.jwk.json";

    private final RSAKey key;
    private final String issuer;

    private LocalIssuer(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** The issuer whose key lives under {@code dataDirectory}, made there if it does not exist yet. */
    public static LocalIssuer inDirectory(Path dataDirectory, String issuer) {
        return new LocalIssuer(loadOrCreate(dataDirectory.resolve(KEY_FILE)), issuer);
    }

    public String issuer() {
        return issuer;
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("the local issuer's key is not an RSA key", e);
        }
    }

    /** The public half, as the JWK set a verifier downloads. */
    public Map<String, Object> jwkSet() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    /** Signs {@code claims} (to which the issuer adds {@code iss}) with the issuer's key. */
    public String sign(JWTClaimsSet claims) {
        JWTClaimsSet issued = new JWTClaimsSet.Builder(claims).issuer(issuer).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), issued);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }

    /** The claims of an app-only token for {@code grant}, valid from {@code now} for its lifetime. */
    public static JWTClaimsSet appOnlyClaims(TokenGrant grant, String audience, Instant now) {
        return new JWTClaimsSet.Builder()
                .audience(audience)
                .subject(grant.applicationId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(grant.lifetime())))
                .claim("tid", grant.tenantId())
                .claim("appid", grant.applicationId())
                .claim("azp", grant.applicationId())
                .claim("idtyp", "app")
                .claim("roles", grant.roles())
                .build();
    }

    private static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.getParent());
            RSAKey created = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            Path draft = Files.createTempFile(file.getParent(), "signing-key", ".tmp");
            restrictToOwner(draft);
            Files.writeString(draft, created.toJSONString(), StandardCharsets.UTF_8);
            try {
                // a hard link appears whole and never replaces a key another process made meanwhile: both use that one
                Files.createLink(file, draft);
                return created;
            } catch (FileAlreadyExistsException raced) {
                return read(file);
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the local issuer's key in " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make an RSA key pair", e);
        }
    }

    private static RSAKey read(Path file) throws IOException {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException(file + " holds no private key; delete it to have a new one made");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not an RSA JWK; delete it to have a new one made", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data directory's access list
        }
    }
}
