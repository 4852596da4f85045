"""Fixes taken from the review of fresh set 22 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round29-fresh22``) and one left over
from set 21: each test pins what a reviewer struck and the variant of the same design
on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


# --------------------------------------------------------------------------- a gate


def _store_gate(*, passes_code_on: bool, shows_code: bool = True) -> tg.ThreatModel:
    """A shopper's app shows an entry code that a gate in the store reads; the gate asks
    the shop's API whether the code is good and starts a session (in the variant, the
    gate checks the code against a list of valid codes it reads from a local store; with
    ``shows_code`` false, the app shows the gate a shopper number instead)."""
    tm = tg.ThreatModel("store gate")
    code = tg.Data("Entry QR code", kind="credentials", sensitivity="confidential")
    session = tg.Data("Store session", kind="records", sensitivity="pii")
    with tm.boundary("Public", trust="untrusted"):
        app = tm.add(tg.Device("Store app"))
    with tm.boundary("Store", trust="internal"):
        gate = tm.add(tg.Service("Entry gate"))
        tracking = tm.add(tg.Service("Tracking service"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Shopper API", controls=[tg.controls.Authentication()]))
    shown = code if shows_code else tg.Data("Shopper number", kind="records", sensitivity="pii")
    tm.flow(app, gate, shown, label="QR scan")
    if passes_code_on:
        tm.flow(gate, api, code, protocol="https")
        tm.flow(api, gate, session, protocol="https")
    else:
        with tm.boundary("Store", trust="internal"):
            codes = tm.add(tg.DataStore("Valid code list", stores={code}))
        tm.flow(codes, gate, code)
    tm.flow(gate, tracking, session)
    return tm


def test_a_gate_that_has_the_callers_code_checked_elsewhere_holds_no_credentials() -> None:
    """Set 22's cashierless store (struck as wrong at critical): the gate reads the
    shopper's entry code and the shop's API validates it; that is the shopper signing
    in, not keys kept at the gate."""
    rule = "stride/exposed-interface"
    assert [
        f for f in _open(_store_gate(passes_code_on=True), rule) if "Entry gate" in f.explanation
    ] == []
    # checked against the valid codes it holds, the code the shopper shows is their
    # sign-in too (as at set 259's self-storage gate keypad); a gate that holds
    # the codes and is shown something else keeps the finding
    assert [
        f for f in _open(_store_gate(passes_code_on=False), rule) if "Entry gate" in f.explanation
    ] == []
    (f,) = [
        f
        for f in _open(_store_gate(passes_code_on=False, shows_code=False), rule)
        if "Entry gate" in f.explanation
    ]
    assert "holds credentials" in f.explanation


# --------------------------------------------------------------------------- memory


def _browser_agent(*, agent_reads_downloads: bool) -> tg.ThreatModel:
    """Customers give a web app tasks; an agent drives a headless browser that saves what
    it downloads in a store the web app hands customers (in the variant, the web app
    also puts the downloaded files in what it sends the agent)."""
    tm = tg.ThreatModel("browser agent")
    task = tg.Data("Task request", kind="prompt", sensitivity="confidential")
    files = tg.Data("Downloaded files", kind="documents", sensitivity="confidential")
    page = tg.Data("Web page", kind="documents")
    call = tg.Data("Browser action", kind="tool-call")
    result = tg.Data("Page result", kind="tool-result")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        web = tm.add(tg.DataSource("Third-party websites", origin="public-web"))
    with tm.boundary("SaaS", trust="internal"):
        app = tm.add(tg.Service("Web app"))
        agent = tm.add(tg.Agent("Task agent"))
        browser = tm.add(tg.Tool("Headless browser", capabilities={"network-egress", "write"}))
        store = tm.add(tg.DataStore("Download store", stores={files}))
    tm.flow(customer, app, task, protocol="https")
    tm.flow(app, agent, *((task, files) if agent_reads_downloads else (task,)))
    tm.flow(agent, browser, call)
    tm.flow(web, browser, page, protocol="https")
    tm.flow(browser, agent, result)
    tm.flow(browser, store, files)
    tm.flow(store, app, files)
    tm.flow(app, customer, files, protocol="https")
    return tm


def test_files_a_browser_downloaded_for_the_customer_are_not_the_agents_memory() -> None:
    """Set 22's computer-use agent (struck as wrong): the web app forwards the
    customer's task to the agent and hands the customer the downloads; nothing brings
    the files back into the agent's context."""
    rule = "ai/agent-memory-poisoning"
    assert _open(_browser_agent(agent_reads_downloads=False), rule) == []
    # handed back to the agent, the files are web content it reads, kept by a tool as
    # downloads: the indirect injection finding says it, not a memory one
    handed = _browser_agent(agent_reads_downloads=True)
    assert _open(handed, rule) == []
    assert _open(handed, "ai/indirect-prompt-injection")


# --------------------------------------------------------------------------- the customer's own token


def _voice_banking(*, token_on_calls: bool) -> tg.ThreatModel:
    """A bank's app sends a customer's spoken request, with their session token, to an
    agent that transcribes it and acts through a transfer tool on the core banking
    system; the tool sends the customer's token with each call (in the variant, it
    calls with the agent's own service account)."""
    tm = tg.ThreatModel("voice banking")
    audio = tg.Data("Voice command audio", kind="media", sensitivity="pii")
    token = tg.Data("App session token", kind="credentials", sensitivity="secret")
    words = tg.Data("Request transcript", kind="prompt", sensitivity="pii")
    reply = tg.Data("Assistant reply", kind="model-output", sensitivity="pii")
    call = tg.Data("Transfer tool call", kind="tool-call", sensitivity="confidential")
    order = tg.Data("Payment order", kind="records", sensitivity="regulated")
    result = tg.Data("Payment result", kind="tool-result", sensitivity="pii")
    with tm.boundary("Customer phone", trust="untrusted"):
        customer = tm.add(tg.Actor("Bank customer"))
        app = tm.add(tg.Device("Mobile banking app"))
    with tm.boundary("Bank", trust="internal"):
        gateway = tm.add(
            tg.Endpoint(
                "Mobile API gateway",
                internet_facing=True,
                controls=[tg.controls.Authentication(), tg.controls.RateLimiting()],
            )
        )
        agent = tm.add(tg.Agent("Voice orchestrator", autonomy="supervised"))
        stt = tm.add(tg.Model("Speech-to-text", task="generative"))
        tool = tm.add(tg.Tool("Transfer tool", capabilities={"money-movement"}))
    with tm.boundary("Core banking", trust="restricted"):
        core = tm.add(tg.Service("Core banking system", controls=[tg.controls.RBAC()]))
    tm.flow(customer, app, audio, protocol="local")
    tm.flow(app, gateway, token, audio, protocol="https")
    tm.flow(gateway, agent, token, audio)
    tm.flow(agent, stt, audio)
    tm.flow(stt, agent, words)
    tm.flow(agent, tool, call)
    tm.flow(tool, core, *((token, order) if token_on_calls else (order,)), protocol="mtls")
    tm.flow(core, tool, result, protocol="mtls")
    tm.flow(tool, agent, result)
    tm.flow(agent, gateway, reply)
    tm.flow(gateway, app, reply, protocol="https")
    tm.flow(app, customer, reply, protocol="local")
    return tm


def test_a_tool_that_calls_with_the_customers_own_token_is_bound_to_them() -> None:
    """Set 22's voice payments (struck as wrong): the customer's session token goes with
    every call and the bank checks it, so the model cannot name someone else's account."""
    rule = "ai/tool-caller-binding"
    assert _open(_voice_banking(token_on_calls=True), rule) == []
    (f,) = _open(_voice_banking(token_on_calls=False), rule)
    assert "Transfer tool" in f.explanation


def test_a_customer_steering_their_own_agent_within_their_own_rights_is_not_injection() -> None:
    """Set 22's voice payments (struck as wrong): the only text is the customer's own
    request, and the only tool calls out as them; with a service account instead, a
    steered agent can do more than the customer could."""
    rule = "ai/indirect-prompt-injection"
    assert _open(_voice_banking(token_on_calls=True), rule) == []
    assert len(_open(_voice_banking(token_on_calls=False), rule)) == 1


# --------------------------------------------------------------------------- speech in person


def _kiosk(*, uploaded: bool) -> tg.ThreatModel:
    """A traveller speaks into a station kiosk, whose app sends a transcript question to
    an assistant (in the variant, the traveller's phone uploads a recording to it)."""
    tm = tg.ThreatModel("kiosk")
    speech = tg.Data("Traveller speech", kind="media", sensitivity="pii")
    question = tg.Data("Travel question", kind="prompt")
    answer = tg.Data("Answer", kind="model-output")
    with tm.boundary("Concourse", trust="untrusted"):
        traveller = tm.add(tg.Actor("Traveller"))
    with tm.boundary("Kiosk", trust="internal"):
        kiosk = tm.add(tg.Service("Kiosk app"))
    with tm.boundary("Cloud", trust="internal"):
        llm = tm.add(tg.LLM("Travel assistant"))
    tm.flow(traveller, kiosk, speech, protocol="https" if uploaded else None)
    tm.flow(kiosk, llm, question, protocol="https")
    tm.flow(llm, kiosk, answer, protocol="https")
    tm.flow(kiosk, traveller, answer)
    return tm


def test_speech_into_a_kiosk_is_captured_not_a_file_someone_made() -> None:
    """Set 21's station kiosk (struck as wrong): live microphone audio is no file a
    traveller crafts; a recording uploaded over the network is."""
    rule = "stride/untrusted-file-parsing"
    assert _open(_kiosk(uploaded=False), rule) == []
    (f,) = _open(_kiosk(uploaded=True), rule)
    assert "Traveller speech" in f.explanation


def _filmed_checkout(*, app_calls: bool) -> tg.ThreatModel:
    """Ceiling cameras film shoppers; a tracking service sends their carts to a checkout
    service that charges stored payment tokens (in the variant, the shopper's app also
    calls the checkout service)."""
    tm = tg.ThreatModel("filmed checkout")
    video = tg.Data("Camera video", kind="media", sensitivity="pii")
    cart = tg.Data("Virtual cart", kind="records", sensitivity="pii")
    token = tg.Data("Payment token", kind="credentials", sensitivity="confidential")
    receipt = tg.Data("Receipt", kind="records", sensitivity="pii")
    with tm.boundary("Public", trust="untrusted"):
        shopper = tm.add(tg.Actor("Shopper"))
        app = tm.add(tg.Device("Store app"))
    with tm.boundary("Store", trust="internal"):
        camera = tm.add(tg.Device("Ceiling cameras"))
        tracking = tm.add(tg.Service("Tracking service"))
    with tm.boundary("Cloud", trust="internal"):
        checkout = tm.add(tg.Service("Checkout service"))
        orders = tm.add(tg.DataStore("Orders database", stores={token, receipt}))
    tm.flow(shopper, camera, video)
    tm.flow(camera, tracking, video, protocol="rtsp")
    tm.flow(tracking, checkout, cart, protocol="https")
    tm.flow(orders, checkout, token)
    tm.flow(checkout, orders, receipt)
    tm.flow(shopper, app, cart)
    if app_calls:
        tm.flow(app, checkout, cart, protocol="https")
        tm.flow(checkout, app, receipt, protocol="https")
    return tm


def test_a_person_a_camera_films_sends_no_requests() -> None:
    """Set 22's cashierless store (struck as wrong): shoppers reach the checkout service
    only as people the cameras film; an app that calls it is a caller."""
    rule = "stride/exposed-interface"
    found = _open(_filmed_checkout(app_calls=False), rule)
    assert [f for f in found if f.target.ids == ("checkout-service",)] == []
    (f,) = [
        f
        for f in _open(_filmed_checkout(app_calls=True), rule)
        if f.target.ids == ("checkout-service",)
    ]
    assert "Store app" in f.explanation
