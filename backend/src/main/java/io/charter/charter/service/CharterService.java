package io.charter.charter.service;

import io.charter.audit.service.AuditService;
import io.charter.charter.domain.CharterStatus;
import io.charter.charter.domain.EthicsCharter;
import io.charter.charter.domain.FairnessCriterion;
import io.charter.charter.domain.ProtectedAttribute;
import io.charter.charter.domain.RiskTier;
import io.charter.common.data.ETags;
import io.charter.common.data.Timestamps;
import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.charter.project.service.ProjectService;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Versioned ethics charters. Every save writes a new immutable version; only a compliance
 * officer approves, never the author of the version (four-eyes), and an approved version is
 * replaced only by approving a newer one.
 */
@ApplicationScoped
@Transactional
public class CharterService {


    @Inject
    CurrentUser user;

    /** Who may write charter drafts: the model builders and compliance officers (a fresh array each call). */
    public static Role[] editors() {
        return new Role[] {Role.TENANT_ADMIN, Role.DATA_SCIENTIST, Role.ML_ENGINEER, Role.COMPLIANCE_OFFICER};
    }

    @Inject
    ProjectService projects;

    @Inject
    AuditService audit;

    /** The latest version (draft or approved), or 404 when the project has no charter yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CharterView current(UUID projectId) {
        projects.find(projectId);
        return latest(projectId).map(CharterView::of).orElseThrow(() -> new CharterException(ErrorCode.NOT_FOUND,
                "Project " + projectId + " has no ethics charter yet; PUT one to create version 1"));
    }

    /** The approved version in force, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CharterView> approved(UUID projectId) {
        projects.find(projectId);
        return EthicsCharter.<EthicsCharter>find("projectId = ?1 and status = ?2", projectId, CharterStatus.APPROVED)
                .firstResultOptional().map(CharterView::of);
    }

    /**
     * The protected attributes a project's data must be examined for: those of the approved
     * version, or — before any approval — of the latest draft.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProtectedAttribute> protectedAttributes(UUID projectId) {
        return approved(projectId).or(() -> history(projectId).stream().findFirst())
                .map(CharterView::protectedAttributes).orElse(List.of());
    }

    /** Every version, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CharterView> history(UUID projectId) {
        projects.find(projectId);
        return EthicsCharter.<EthicsCharter>find("projectId", Sort.descending("version"), projectId).list().stream()
                .map(CharterView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CharterView version(UUID projectId, int version) {
        projects.find(projectId);
        return EthicsCharter.<EthicsCharter>find("projectId = ?1 and version = ?2", projectId, version)
                .firstResultOptional().map(CharterView::of)
                .orElseThrow(() -> CharterException.notFound("Charter version", version + " of project " + projectId));
    }

    /**
     * Writes a new draft version.
     *
     * @param expectedVersion the version the edit is based on; required once a charter exists
     */
    public CharterView save(UUID projectId, Long expectedVersion, @NotNull @Valid CharterCommand command) {
        user.require("edit ethics charters", editors());
        projects.find(projectId);
        checkConsistency(command);
        Optional<EthicsCharter> latest = latest(projectId);
        if (latest.isPresent()) {
            if (expectedVersion == null) {
                throw new CharterException(ErrorCode.PRECONDITION_REQUIRED, "The charter is at version "
                        + latest.get().version + "; send If-Match with the ETag you read");
            }
            ETags.check(expectedVersion, latest.get().version);
        }
        EthicsCharter.update("status = ?1 where projectId = ?2 and status = ?3", CharterStatus.SUPERSEDED, projectId,
                CharterStatus.DRAFT);
        EthicsCharter c = newVersion(projectId, latest.map(l -> l.version + 1).orElse(1), command);
        c.persist();
        CharterView view = CharterView.of(c);
        audit.record(c.version == 1 ? "charter.create" : "charter.update", "EthicsCharter", projectId, view);
        return view;
    }

    /**
     * Approves the latest version, which must be a draft written by someone else.
     *
     * @param expectedVersion if given, the version the approver reviewed (412 if a newer one exists)
     */
    public CharterView approve(UUID projectId, Long expectedVersion) {
        user.require("approve ethics charters", Role.COMPLIANCE_OFFICER);
        projects.find(projectId);
        EthicsCharter c = latest(projectId).orElseThrow(() -> CharterException.conflict(
                "Project " + projectId + " has no ethics charter to approve"));
        if (expectedVersion != null) {
            ETags.check(expectedVersion, c.version);
        }
        checkApprovable(c);
        EthicsCharter.update("status = ?1 where projectId = ?2 and status = ?3", CharterStatus.SUPERSEDED, projectId,
                CharterStatus.APPROVED);
        c.status = CharterStatus.APPROVED;
        c.approvedBy = user.name();
        c.approvedAt = Timestamps.now();
        CharterView view = CharterView.of(c);
        audit.record("charter.approve", "EthicsCharter", projectId, view);
        return view;
    }

    private void checkApprovable(EthicsCharter c) {
        if (c.status != CharterStatus.DRAFT) {
            throw CharterException.conflict("Version " + c.version + " is " + c.status + "; only a draft can be approved");
        }
        if (c.riskTier == RiskTier.UNACCEPTABLE) {
            throw CharterException.conflict("Risk tier UNACCEPTABLE is a prohibited practice under the EU AI Act "
                    + "(Art. 5); such a charter cannot be approved");
        }
        if (c.riskTier == RiskTier.HIGH && (c.protectedAttributes.isEmpty() || c.fairnessCriteria.isEmpty())) {
            throw CharterException.conflict("A HIGH-risk charter needs at least one protected attribute and one "
                    + "fairness criterion before approval");
        }
        if (user.name().equals(c.createdBy)) {
            throw CharterException.forbidden("Four-eyes rule: " + c.createdBy + " wrote version " + c.version
                    + " and cannot approve it; another compliance officer must");
        }
    }

    private static void checkConsistency(CharterCommand c) {
        Set<String> columns = new HashSet<>();
        List<ProtectedAttribute> attributes = c.protectedAttributes() == null ? List.of() : c.protectedAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            ProtectedAttribute a = attributes.get(i);
            if (!columns.add(a.column().trim().toLowerCase())) {
                throw CharterException.invalid("protectedAttributes[" + i + "].column",
                        "'" + a.column() + "' is listed twice");
            }
            if (a.groups() != null && new HashSet<>(a.groups()).size() != a.groups().size()) {
                throw CharterException.invalid("protectedAttributes[" + i + "].groups", "groups must be distinct");
            }
        }
        Set<Object> metrics = new HashSet<>();
        List<FairnessCriterion> criteria = c.fairnessCriteria() == null ? List.of() : c.fairnessCriteria();
        for (int i = 0; i < criteria.size(); i++) {
            FairnessCriterion f = criteria.get(i);
            if (!metrics.add(f.metric())) {
                throw CharterException.invalid("fairnessCriteria[" + i + "].metric", f.metric() + " is listed twice");
            }
            if (f.metric().isRatio() && f.threshold() <= 0) {
                throw CharterException.invalid("fairnessCriteria[" + i + "].threshold",
                        "a ratio threshold must be > 0 (e.g. 0.8 for the four-fifths rule), but got " + f.threshold());
            }
        }
    }

    private EthicsCharter newVersion(UUID projectId, int version, CharterCommand command) {
        EthicsCharter c = new EthicsCharter();
        c.id = UUID.randomUUID();
        c.projectId = projectId;
        c.version = version;
        c.status = CharterStatus.DRAFT;
        c.protectedAttributes = command.protectedAttributes() == null ? List.of() : List.copyOf(command.protectedAttributes());
        c.fairnessCriteria = command.fairnessCriteria() == null ? List.of() : List.copyOf(command.fairnessCriteria());
        c.privacy = command.privacy();
        c.transparency = command.transparency();
        c.societalImpact = command.societalImpact();
        c.dualUse = command.dualUse();
        c.riskTier = command.riskTier();
        c.createdAt = Timestamps.now();
        c.createdBy = user.name();
        return c;
    }

    private static Optional<EthicsCharter> latest(UUID projectId) {
        return EthicsCharter.<EthicsCharter>find("projectId", Sort.descending("version"), projectId)
                .firstResultOptional();
    }


}
