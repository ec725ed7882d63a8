package io.charter.training.security;

import io.charter.training.service.JobDispatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Turns a job token into the identity of one launch's worker: principal {@code worker:<job>},
 * the job's tenant (the {@code tenant} attribute {@code CurrentUser} reads), and the job, attempt and
 * launch it may speak for. An unknown or expired token fails authentication (401).
 */
@ApplicationScoped
public class JobTokenIdentityProvider implements IdentityProvider<JobTokenRequest> {

    /** Attribute: the job the token belongs to (UUID text). */
    public static final String JOB = "charter.job";
    /** Attribute: the attempt the token's launch runs (Integer). */
    public static final String ATTEMPT = "charter.attempt";
    /** Attribute: the token's launch id. */
    public static final String LAUNCH = "charter.launch";
    /** The role a worker identity has; no user role is given to workers. */
    public static final String WORKER_ROLE = "job-worker";

    @Inject
    EntityManager em;

    @Override
    public Class<JobTokenRequest> getRequestType() {
        return JobTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(JobTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(JobTokens.sha256(request.token())));
    }

    private SecurityIdentity identity(String sha256) {
        // across tenants on purpose: the token hash is the lookup key, and native SQL is not tenant-filtered
        @SuppressWarnings("unchecked")
        List<Object[]> rows = JobDispatcher.inRequestContext(() -> QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT tenant_id, job_id, attempt, launch_id, expires_at FROM job_launch "
                        + "WHERE token_sha256 = ?1").setParameter(1, sha256).getResultList()));
        if (rows.isEmpty()) {
            throw new AuthenticationFailedException("unknown job token");
        }
        Object[] r = rows.get(0);
        Instant expires = r[4] instanceof OffsetDateTime o ? o.toInstant() : (Instant) r[4];
        if (expires.isBefore(Instant.now())) {
            throw new AuthenticationFailedException("expired job token");
        }
        UUID job = (UUID) r[1];
        int attempt = ((Number) r[2]).intValue();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("worker:" + job))
                .addRole(WORKER_ROLE)
                .addAttribute("tenant", r[0])
                .addAttribute("sub", "worker:" + job)
                .addAttribute("preferred_username", "worker of job " + job + " (attempt " + attempt + ")")
                .addAttribute(JOB, job.toString())
                .addAttribute(ATTEMPT, attempt)
                .addAttribute(LAUNCH, r[3])
                .build();
    }
}
