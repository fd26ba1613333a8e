package cn.suanpan.cloud.api;

import cn.suanpan.cloud.terminal.TerminalDirectory;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ReplayGuard;
import cn.suanpan.sync.protocol.SignedRequest;
import cn.suanpan.sync.protocol.Signatures;
import cn.suanpan.sync.protocol.Versioned;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * One signed terminal call, the same for every route that terminals use: the signature is
 * checked before the body is parsed, and the answer is signed with the terminal's secret
 * over its request's nonce, so the terminal can tell a whole answer to its own request from
 * anything else. Kept in one place because it is the cloud's front door.
 */
final class SignedExchange {

    private final JsonCodec codec;
    private final Clock clock;
    private final TerminalDirectory terminals;
    private final ReplayGuard replays;

    SignedExchange(JsonCodec codec, Clock clock, TerminalDirectory terminals, ReplayGuard replays) {
        this.codec = codec;
        this.clock = clock;
        this.terminals = terminals;
        this.replays = replays;
    }

    <T extends Versioned> void handle(Context ctx, Class<T> type, BiFunction<UUID, T, ? extends Versioned> handler) {
        byte[] body = Http.body(ctx);
        SignedRequest signed = SignedRequest.from(ctx::header);
        String query = ctx.queryString();
        signed.verify(ctx.method().name(), query == null ? ctx.path() : ctx.path() + "?" + query, body, terminals::secretOf,
                replays, clock);
        T request = codec.decode(body, type);
        byte[] answer = codec.encode(handler.apply(signed.terminalId(), request));
        ctx.header(Protocol.HEADER_SIGNATURE, Signatures.signResponse(terminals.secretOf(signed.terminalId()), signed.nonce(), 200, answer));
        Http.json(ctx, 200, answer);
    }
}
