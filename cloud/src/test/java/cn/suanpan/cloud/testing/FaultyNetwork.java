package cn.suanpan.cloud.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What a bad network does to a terminal's calls, decided by a seeded random source:
 * the request is lost; the answer is lost after the cloud acted; the request arrives
 * twice; or it is held back and arrives later, after calls made since (the terminal has
 * long given up on it by then). Off, every call goes straight through.
 */
public final class FaultyNetwork implements Interceptor {

    public enum Fault { NONE, LOSE_REQUEST, LOSE_ANSWER, DUPLICATE, HOLD_BACK }

    private final Random random;
    private final List<Request> heldBack = new ArrayList<>();
    private volatile boolean on = true;
    /** How often each fault struck, for the test's report. */
    public final int[] counts = new int[Fault.values().length];

    public FaultyNetwork(long seed) {
        this.random = new Random(seed);
    }

    public void off() {
        on = false;
    }

    @Override
    public synchronized Response intercept(Chain chain) throws IOException {
        if (!on) {
            deliverHeldBack(chain);
            return chain.proceed(chain.request());
        }
        if (!heldBack.isEmpty() && random.nextInt(3) == 0) {
            deliverHeldBack(chain); // late arrivals overtake nothing but each other
        }
        Fault fault = pick();
        counts[fault.ordinal()]++;
        switch (fault) {
            case LOSE_REQUEST -> throw new IOException("request lost (simulated)");
            case LOSE_ANSWER -> {
                chain.proceed(chain.request()).close();
                throw new IOException("answer lost (simulated)");
            }
            case DUPLICATE -> {
                Response first = buffered(chain.proceed(chain.request()));
                Response second = buffered(chain.proceed(chain.request()));
                // either copy's answer may be the one that gets back: the other was a replay
                return random.nextBoolean() ? first : second;
            }
            case HOLD_BACK -> {
                heldBack.add(chain.request());
                throw new IOException("timed out (simulated; the request is still on its way)");
            }
            default -> {
                return chain.proceed(chain.request());
            }
        }
    }

    /** The response with its body read, so the connection is free for the next call. */
    private static Response buffered(Response response) throws IOException {
        try (response) {
            okhttp3.ResponseBody body = response.body();
            byte[] bytes = body.bytes();
            return response.newBuilder().body(okhttp3.ResponseBody.create(bytes, body.contentType())).build();
        }
    }

    private Fault pick() {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return Fault.LOSE_REQUEST;
        }
        if (roll < 20) {
            return Fault.LOSE_ANSWER;
        }
        if (roll < 28) {
            return Fault.DUPLICATE;
        }
        if (roll < 36) {
            return Fault.HOLD_BACK;
        }
        return Fault.NONE;
    }

    private void deliverHeldBack(Chain chain) throws IOException {
        List<Request> late = new ArrayList<>(heldBack);
        heldBack.clear();
        java.util.Collections.shuffle(late, random);
        for (Request r : late) {
            chain.proceed(r).close();
        }
    }
}
