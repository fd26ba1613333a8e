package cn.suanpan.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.core.audit.AuditAction;
import cn.suanpan.core.audit.AuditEntry;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.testing.TestTerminal;
import cn.suanpan.core.users.Role;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorizerTest {

    @TempDir
    Path tmp;

    private TestTerminal t;
    private Authorizer authorizer;

    @BeforeEach
    void open() {
        t = new TestTerminal(tmp);
        authorizer = new Authorizer(t.store, t.users, t.audit, AuthPolicy.defaults());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static UserMessage refusal(ThrowingCallable call) {
        SuanpanException e = catchThrowableOfType(SuanpanException.class, call);
        assertThat(e).as("refused").isNotNull();
        return e.userMessage();
    }

    private static Optional<SupervisorOverride> by(String username, String pin) {
        return Optional.of(new SupervisorOverride(username, pin));
    }

    private List<AuditEntry> auditEntries() {
        return t.audit.latest(t.store.dsl(), 100);
    }

    @Test
    void eachRoleMayDoWhatTheDefaultMatrixSays() {
        Set<Permission> cashier = EnumSet.of(Permission.REPRINT, Permission.CLOSE_SHIFT);
        Set<Permission> supervisor = EnumSet.complementOf(EnumSet.of(Permission.BLIND_REFUND, Permission.SETTINGS));
        for (Permission p : Permission.values()) {
            assertThat(authorizer.allows(t.cashier, p)).as("cashier %s", p).isEqualTo(cashier.contains(p));
            assertThat(authorizer.allows(t.supervisor, p)).as("supervisor %s", p).isEqualTo(supervisor.contains(p));
            assertThat(authorizer.allows(t.admin, p)).as("admin %s", p).isTrue();
        }
    }

    @Test
    void aUserWhoseRoleSufficesNeedsNobodyAndNothingIsRecorded() {
        Authorization a = authorizer.require(t.supervisor, Permission.VOID_LINE, Optional.empty());

        assertThat(a.user()).isEqualTo(t.supervisor);
        assertThat(a.approver()).isEmpty();
        assertThat(a.approverId()).isNull();
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void anOverrideGivenWhenNoneIsNeededIsNotChecked() {
        for (int i = 0; i < UserRepository.MAX_ATTEMPTS; i++) {
            authorizer.require(t.cashier, Permission.REPRINT, by("lijun", "9999"));
        }
        // the wrong PINs above never reached the supervisor's account
        assertThat(t.users.login("lijun", TestTerminal.SUPERVISOR_PIN)).isEqualTo(t.supervisor);
    }

    @Test
    void aCashierWithoutApprovalIsToldToCallASupervisor() {
        UserMessage m = refusal(() -> authorizer.require(t.cashier, Permission.VOID_LINE, Optional.empty()));

        assertThat(m.key()).isEqualTo("auth.denied");
        assertThat(m.format(Locale.ENGLISH)).isEqualTo("王芳 needs a supervisor to approve this.");
        assertThat(m.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("王芳 需要主管授权才能执行此操作。");
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void aSupervisorPinApprovesAndTheOverrideIsRecorded() {
        Authorization a = authorizer.require(t.cashier, Permission.VOID_LINE, by("lijun", TestTerminal.SUPERVISOR_PIN));

        assertThat(a.user()).isEqualTo(t.cashier);
        assertThat(a.permission()).isEqualTo(Permission.VOID_LINE);
        assertThat(a.approver()).contains(t.supervisor);
        assertThat(auditEntries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.OVERRIDE_GRANTED);
            assertThat(e.userId()).isEqualTo(t.cashier.id());
            assertThat(e.approverId()).isEqualTo(t.supervisor.id());
            assertThat(e.subject()).isEqualTo("VOID_LINE");
            assertThat(e.details()).isEqualTo("{\"permission\":\"VOID_LINE\"}");
        });
    }

    @Test
    void aWrongSupervisorPinIsRefusedAndCountsTowardsTheSupervisorsLockout() {
        UserMessage first = refusal(() -> authorizer.require(t.cashier, Permission.NO_SALE, by("lijun", "9999")));
        assertThat(first.key()).isEqualTo("login.wrongWithRemaining");
        assertThat(first.args()).containsExactly(UserRepository.MAX_ATTEMPTS - 1);

        for (int i = 1; i < UserRepository.MAX_ATTEMPTS; i++) {
            refusal(() -> authorizer.require(t.cashier, Permission.NO_SALE, by("lijun", "9999")));
        }
        // locked now: the right PIN is refused too, for an override and for the supervisor's own login
        assertThat(refusal(() -> authorizer.require(t.cashier, Permission.NO_SALE, by("lijun", TestTerminal.SUPERVISOR_PIN))).key())
                .isEqualTo("login.locked");
        assertThat(refusal(() -> t.users.login("lijun", TestTerminal.SUPERVISOR_PIN)).key()).isEqualTo("login.locked");
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void anotherCashierCannotApprove() {
        User colleague = t.users.create("zhaoli", "赵丽", Role.CASHIER, "4321");

        UserMessage m = refusal(() -> authorizer.require(t.cashier, Permission.REFUND, by("zhaoli", "4321")));

        assertThat(m.key()).isEqualTo("auth.approverDenied");
        assertThat(m.format(Locale.ENGLISH)).isEqualTo(colleague.displayName() + " may not approve this either.");
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void aSupervisorCannotApproveWhatNeedsAnAdmin() {
        assertThat(refusal(() -> authorizer.require(t.cashier, Permission.SETTINGS, by("lijun", TestTerminal.SUPERVISOR_PIN))).key())
                .isEqualTo("auth.approverDenied");
        Authorization a = authorizer.require(t.supervisor, Permission.BLIND_REFUND, by("zhang", TestTerminal.ADMIN_PIN));
        assertThat(a.approver()).contains(t.admin);
    }

    @Test
    void aStoreCanChangeTheMinimumRole() {
        Authorizer lenient = new Authorizer(t.store, t.users, t.audit, AuthPolicy.defaults().withMinimum(Permission.VOID_LINE, Role.CASHIER));
        assertThat(lenient.require(t.cashier, Permission.VOID_LINE, Optional.empty()).approver()).isEmpty();

        Authorizer strict = new Authorizer(t.store, t.users, t.audit, AuthPolicy.defaults().withMinimum(Permission.REPRINT, Role.SUPERVISOR));
        assertThat(refusal(() -> strict.require(t.cashier, Permission.REPRINT, Optional.empty())).key()).isEqualTo("auth.denied");
    }

    @Test
    void aCashierMayGiveUpToTenPercentAlone() {
        Money amount = Money.parse("35.00");
        assertThat(authorizer.requireDiscount(t.cashier, amount, Money.parse("3.50"), Optional.empty())).isEmpty();
        assertThat(authorizer.requireDiscount(t.cashier, amount, Money.ZERO, Optional.empty())).isEmpty();

        // one fen more is over the limit
        UserMessage m = refusal(() -> authorizer.requireDiscount(t.cashier, amount, Money.parse("3.51"), Optional.empty()));
        assertThat(m.key()).isEqualTo("auth.denied");
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void aDiscountOverTheLimitIsApprovedAndRecordedWithItsFigures() {
        Optional<Authorization> a = authorizer.requireDiscount(t.cashier, Money.parse("35.00"), Money.parse("7.00"),
                by("lijun", TestTerminal.SUPERVISOR_PIN));

        assertThat(a).hasValueSatisfying(auth -> {
            assertThat(auth.permission()).isEqualTo(Permission.DISCOUNT_OVER_LIMIT);
            assertThat(auth.approver()).contains(t.supervisor);
        });
        assertThat(auditEntries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.OVERRIDE_GRANTED);
            assertThat(e.details()).isEqualTo("{\"permission\":\"DISCOUNT_OVER_LIMIT\",\"amountFen\":3500,\"discountFen\":700}");
        });
    }

    @Test
    void theApproversOwnLimitMustCoverTheDiscount() {
        Authorizer capped = new Authorizer(t.store, t.users, t.audit, AuthPolicy.defaults().withDiscountLimit(Role.SUPERVISOR, 3_000));
        Money amount = Money.parse("100.00");

        assertThat(capped.requireDiscount(t.supervisor, amount, Money.parse("30.00"), Optional.empty())).isEmpty();
        assertThat(refusal(() -> capped.requireDiscount(t.cashier, amount, Money.parse("50.00"),
                by("lijun", TestTerminal.SUPERVISOR_PIN))).key()).isEqualTo("auth.approverDenied");
        assertThat(capped.requireDiscount(t.supervisor, amount, Money.parse("50.00"), by("zhang", TestTerminal.ADMIN_PIN))
                .flatMap(Authorization::approver)).contains(t.admin);
    }

    @Test
    void aDiscountLargerThanTheAmountIsAProgrammingError() {
        assertThatThrownBy(() -> authorizer.requireDiscount(t.admin, Money.parse("1.00"), Money.parse("1.01"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> authorizer.requireDiscount(t.admin, Money.parse("1.00"), Money.parse("-0.01"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAuthorizationIsOnlyGoodForItsOwnPermission() {
        Authorization a = authorizer.require(t.supervisor, Permission.NO_SALE, Optional.empty());
        assertThat(a.requireFor(Permission.NO_SALE)).isSameAs(a);
        assertThatThrownBy(() -> a.requireFor(Permission.CASH_IN_OUT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverrideNeverShowsItsPin() {
        assertThat(new SupervisorOverride("lijun", "5678").toString()).doesNotContain("5678").contains("lijun");
    }
}
