package cn.suanpan.core.members;

import static cn.suanpan.core.store.schema.Tables.MEMBER;
import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberDirectoryTest {

    private static final Instant SYNCED = Instant.parse("2025-04-30T12:00:00Z");

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T01:00:00Z"));
    private LocalStore store;
    private MemberDirectory members;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
        members = new MemberDirectory(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Member synced(UUID id, String phone, String code, long points) {
        return new Member(id, phone, "陈静", "GOLD", points, Money.parse("88.00"), code, MemberStatus.ACTIVE, SYNCED);
    }

    private void apply(Member m) {
        store.inTransactionRun(tx -> members.applySyncedMember(tx, m));
    }

    @Test
    void aSignUpAtTheCounterIsPendingAndQueuedForTheCloud() {
        Member m = members.signUpAtCounter("138 0013 8000", " 陈静 ");

        assertThat(m.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(m.phone()).isEqualTo("13800138000");
        assertThat(m.name()).isEqualTo("陈静");
        assertThat(m.points()).isZero();
        assertThat(members.byPhone("+86 13800138000")).contains(m);

        var event = store.dsl().selectFrom(SYNC_OUTBOX).fetchSingle();
        assertThat(event.getEventType()).isEqualTo("member.signup");
        assertThat(event.getPayload()).isEqualTo("{\"memberId\":\"" + m.id()
                + "\",\"phone\":\"13800138000\",\"name\":\"陈静\",\"at\":\"2025-05-01T01:00:00Z\"}");
    }

    @Test
    void aSignUpNeedsAMobileNumberNotYetTaken() {
        SuanpanException bad = catchThrowableOfType(SuanpanException.class, () -> members.signUpAtCounter("021-6000 0000", null));
        assertThat(bad.userMessage().key()).isEqualTo("member.badPhone");

        members.signUpAtCounter("13800138000", null);
        SuanpanException taken = catchThrowableOfType(SuanpanException.class, () -> members.signUpAtCounter("13800138000", "别人"));
        assertThat(taken.userMessage().format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("手机号 138****8000 已是会员。");
        assertThat(Outbox.pending(store.dsl())).isEqualTo(1);
        assertThat(store.dsl().fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    void membersAreFoundByPhoneOrCode() {
        Member m = synced(UUID.randomUUID(), "13912345678", "M0001234", 120);
        apply(m);

        assertThat(members.byPhone("139 1234 5678")).contains(m);
        assertThat(members.byCode(" M0001234 ")).contains(m);
        assertThat(members.byCode("M0009999")).isEmpty();
        assertThat(members.byPhone("13912345679")).isEmpty();
        assertThat(members.byPhone("not a phone")).isEmpty();
        assertThat(members.byCode("")).isEmpty();
    }

    @Test
    void pointsTravelAsADeltaAndMoveTheLastKnownFigure() {
        UUID id = UUID.randomUUID();
        apply(synced(id, "13912345678", "M0001234", 120));
        UUID sale = UUID.randomUUID();

        long after = store.inTransaction(tx -> members.recordPointsDelta(tx, id, sale, 35));
        long refunded = store.inTransaction(tx -> members.recordPointsDelta(tx, id, sale, -10));

        assertThat(after).isEqualTo(155);
        assertThat(refunded).isEqualTo(145);
        assertThat(members.byId(store.dsl(), id).orElseThrow().points()).isEqualTo(145);
        assertThat(store.dsl().selectFrom(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).fetch(SYNC_OUTBOX.PAYLOAD)).containsExactly(
                "{\"memberId\":\"" + id + "\",\"saleId\":\"" + sale + "\",\"delta\":35,\"at\":\"2025-05-01T01:00:00Z\"}",
                "{\"memberId\":\"" + id + "\",\"saleId\":\"" + sale + "\",\"delta\":-10,\"at\":\"2025-05-01T01:00:00Z\"}");
        assertThat(store.dsl().selectFrom(SYNC_OUTBOX).fetch(SYNC_OUTBOX.EVENT_TYPE)).containsOnly("member.points");
    }

    @Test
    void pointsOfARolledBackSaleLeaveNeitherTheFigureNorTheEvent() {
        UUID id = UUID.randomUUID();
        apply(synced(id, "13912345678", "M0001234", 120));

        assertThatThrownBy(() -> store.inTransactionRun(tx -> {
            members.recordPointsDelta(tx, id, UUID.randomUUID(), 50);
            throw new IllegalStateException("sale failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(members.byId(store.dsl(), id).orElseThrow().points()).isEqualTo(120);
        assertThat(Outbox.pending(store.dsl())).isZero();
    }

    @Test
    void pointsForAnUnknownMemberAreAProgrammingError() {
        assertThatThrownBy(() -> store.inTransactionRun(tx -> members.recordPointsDelta(tx, UUID.randomUUID(), UUID.randomUUID(), 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Outbox.pending(store.dsl())).isZero();
    }

    @Test
    void theCloudsCopyReplacesAPendingSignUp() {
        Member pending = members.signUpAtCounter("13800138000", "陈静");

        Member confirmed = synced(pending.id(), "13800138000", "M0000042", 10);
        apply(confirmed);

        assertThat(members.byPhone("13800138000")).contains(confirmed);
        assertThat(store.dsl().fetchCount(MEMBER)).isEqualTo(1);
    }

    @Test
    void aSignUpTheCloudMergedIntoAnExistingMemberMakesWay() {
        Member pending = members.signUpAtCounter("13800138000", "陈静");

        Member existing = synced(UUID.randomUUID(), "13800138000", "M0000007", 900);
        apply(existing);

        assertThat(members.byId(store.dsl(), pending.id())).isEmpty();
        assertThat(members.byPhone("13800138000")).contains(existing);
    }

    @Test
    void aSyncedCopyOverwritesEveryFieldNullsIncluded() {
        UUID id = UUID.randomUUID();
        apply(synced(id, "13912345678", "M0001234", 120));

        Member changed = new Member(id, "13700000000", null, null, 80, Money.ZERO, null, MemberStatus.DISABLED,
                SYNCED.plusSeconds(60));
        apply(changed);

        assertThat(members.byId(store.dsl(), id)).contains(changed);
        assertThat(members.byCode("M0001234")).isEmpty();
    }

    @Test
    void phonesAreMaskedForTheQueueToSee() {
        assertThat(PhoneNumbers.mask("13800138000")).isEqualTo("138****8000");
        assertThat(synced(UUID.randomUUID(), "13912345678", null, 0).maskedPhone()).isEqualTo("139****5678");
        assertThat(PhoneNumbers.mask("12345")).isEqualTo("***45");
        assertThat(PhoneNumbers.mask(null)).isEmpty();
    }

    @Test
    void mobileNumbersAreRecognisedAsTyped() {
        assertThat(PhoneNumbers.normalize("+86 138-0013-8000")).contains("13800138000");
        assertThat(PhoneNumbers.normalize("0086 13800138000")).contains("13800138000");
        assertThat(PhoneNumbers.normalize("12800138000")).isEmpty();
        assertThat(PhoneNumbers.normalize("1380013800")).isEmpty();
        assertThat(PhoneNumbers.normalize("１３８００１３８０００")).isEmpty();
    }
}
