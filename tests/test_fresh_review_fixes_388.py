"""Changes taken from reviewers' verdicts on held-out sets 388 and later, made in the
session of 2026-12-07 (forty-first)."""

from __future__ import annotations

import pytest

import threatgraph as tg

FORGED = "ai/forged-device-readings"
CLEARTEXT = "stride/unencrypted-boundary-crossing"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _xray(encryption: str | None) -> tg.ThreatModel:
    """Set 388's veterinary group: each clinic's X-ray machines send studies over DICOM
    to the central archive, which forwards them to the fracture detector."""
    tm = tg.ThreatModel("xray", profile="low")
    studies = tg.Data("Radiographs", kind="media", sensitivity="pii")
    marks = tg.Data("Fracture marks", kind="model-output", sensitivity="internal")
    with tm.boundary("Clinic networks", trust="internal"):
        xray = tm.add(tg.Device("Clinic X-ray machines", fleet=True))
    with tm.boundary("Data centre", trust="internal"):
        pacs = tm.add(tg.DataStore("Central PACS", stores={studies, marks}))
        svc = tm.add(tg.Service("Inference service"))
        model = tm.add(tg.Model("Fracture detector", task="detector", returns_scores=True))
    controls = (
        {tg.controls.EncryptionInTransit(protocol=encryption)} if encryption is not None else set()
    )
    tm.flow(xray, pacs, studies, protocol="dicom", controls=controls)
    tm.flow(pacs, svc, studies, protocol="dicom")
    tm.flow(svc, model, tg.Data("Image tensors", kind="features"))
    tm.flow(model, svc, marks)
    return tm


@pytest.mark.parametrize("tunnel", ["IPsec site-to-site VPN", "WireGuard", "site VPN"])
def test_readings_inside_a_site_tunnel_are_not_forged_by_outsiders(tunnel: str) -> None:
    """Sets 388 and 379 (struck twice: "flow 4 declares an IPsec site-to-site VPN, which
    authenticates the clinic gateways and protects integrity"): a link declared as
    running inside an IPsec or VPN tunnel is as authenticated as one declared ``ipsec``,
    which the protocol table already counts as authenticating both ends."""
    assert _on(_xray(tunnel), FORGED) == []


@pytest.mark.parametrize("encryption", [None, "TLS 1.3"])
def test_readings_over_plain_or_server_only_links_are_still_forged(
    encryption: str | None,
) -> None:
    """No tunnel, or server-only TLS: any device on the network can speak for another."""
    assert _on(_xray(encryption), FORGED) == ["element:fracture-detector"]


def _museum(label: str | None) -> tg.ThreatModel:
    """Set 389's museum: the on-site collections file share is synced nightly over SMB
    into the cloud ingestion pipeline."""
    tm = tg.ThreatModel("museum", profile="low")
    files = tg.Data("Object files", kind="documents", sensitivity="pii")
    with tm.boundary("Museum data centre", trust="internal"):
        share = tm.add(tg.DataStore("Collections file share", stores={files}))
    with tm.boundary("Cloud tenancy", trust="internal"):
        ingest = tm.add(tg.Pipeline("Nightly ingestion", stage="ingestion"))
    tm.flow(share, ingest, files, protocol="smb", label=label)
    return tm


@pytest.mark.parametrize(
    "label",
    ["nightly sync over site VPN", "HL7 batch over the site-to-site VPN", "via IPsec tunnel"],
)
def test_a_flow_labelled_as_running_over_a_vpn_is_not_cleartext(label: str) -> None:
    """Set 389 (struck as wrong: "the flow is declared as running over the site VPN,
    which encrypts and protects the on-prem-to-cloud link")."""
    assert _on(_museum(label), CLEARTEXT) == []


@pytest.mark.parametrize("label", [None, "nightly sync", "VPN login audit export"])
def test_a_flow_not_said_to_run_in_a_tunnel_is_still_cleartext(label: str | None) -> None:
    """A label that only mentions a VPN (what it carries about one) is no tunnel."""
    key = "flow:collections-file-share->nightly-ingestion"
    assert _on(_museum(label), CLEARTEXT) == [key]


INDIRECT = "ai/indirect-prompt-injection"


def _allotment(*, secretary_privileged: bool, what: str) -> tg.ThreatModel:
    """Set 389's allotment society: a committee member signs in from home and uploads
    the society's rules; a chatbot answers applicants from them and changes the waiting
    list through its tools."""
    tm = tg.ThreatModel("allotment", profile="low")
    chat = tg.Data("Chat message", kind="prompt", sensitivity="pii")
    doc = tg.Data(what, kind="documents", sensitivity="public")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
        committee = tm.add(
            tg.Actor("Committee member", role="committee member", privileged=secretary_privileged)
        )
    with tm.boundary("Web host", trust="internal"):
        api = tm.add(tg.Endpoint("Chat endpoint", purpose="api", internet_facing=True))
        agent = tm.add(tg.Agent("Waiting-list chatbot"))
        store = tm.add(tg.DataStore("Society documents", stores={doc}))
        tool = tm.add(tg.Tool("Waiting-list update tool", capabilities={"write", "delete"}))
        sheet = tm.add(
            tg.DataStore(
                "Waiting list", stores={tg.Data("Entries", kind="records", sensitivity="pii")}
            )
        )
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(applicant, api, chat, protocol="https")
    tm.flow(api, agent, chat)
    tm.flow(agent, api, tg.Data("Reply", kind="model-output", sensitivity="pii"))
    tm.flow(
        api, applicant, tg.Data("Reply", kind="model-output", sensitivity="pii"), protocol="https"
    )
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(
        llm, agent, tg.Data("Completion", kind="model-output", sensitivity="pii"), protocol="https"
    )
    tm.flow(committee, store, doc, protocol="https", label="uploads")
    tm.flow(store, agent, doc)
    tm.flow(agent, tool, tg.Data("Update call", kind="tool-call", sensitivity="pii"))
    tm.flow(tool, sheet, tg.Data("Entries", kind="records", sensitivity="pii"))
    return tm


def test_a_privileged_person_signing_in_from_outside_writing_the_rules_injects_nothing() -> None:
    """Sets 389 and 225 (struck as wrong twice: "the rules and FAQ come from privileged
    committee members, who are the system's operators"; "the club's own handbook,
    uploaded by the privileged club secretary, who is treated here as an outside
    attacker"): what the people who run it write as its reference is what it is told."""
    assert _on(_allotment(secretary_privileged=True, what="Society rules and FAQ"), INDIRECT) == []


@pytest.mark.parametrize(
    ("privileged", "what"),
    [(False, "Society rules and FAQ"), (True, "Plot holders' notes")],
)
def test_others_text_from_outside_is_still_an_injection(privileged: bool, what: str) -> None:
    """Someone not declared as running it, or a privileged person's text that is not the
    reference it follows (notes about people), stays a way in."""
    tm = _allotment(secretary_privileged=privileged, what=what)
    assert _on(tm, INDIRECT) == ["element:waiting-list-chatbot"]


def _pr_bot() -> tg.ThreatModel:
    """Set 1's and set 151's pull-request review bots: outside contributors open pull
    requests in the repository; the bot's reader tool fetches the diff for the agent,
    which comments and triggers CI."""
    tm = tg.ThreatModel("pr bot", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        contributor = tm.add(tg.Actor("Outside contributor"))
    with tm.boundary("Code host", trust="partner"):
        repo = tm.add(tg.DataStore("Project repository"))
    with tm.boundary("Bot project", trust="internal"):
        agent = tm.add(tg.Agent("PR review agent"))
        reader = tm.add(tg.Tool("Repository reader", capabilities={"read"}))
        ci = tm.add(tg.Tool("CI trigger", capabilities={"execute-code"}))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    pr = tg.Data("Pull request diff and description", kind="code", sensitivity="public")
    tm.flow(contributor, repo, pr, protocol="https")
    tm.flow(agent, reader, tg.Data("Fetch call", kind="tool-call"))
    tm.flow(reader, repo, tg.Data("Diff request", kind="tool-call"), protocol="https")
    tm.flow(repo, reader, tg.Data("Diff", kind="tool-result"), protocol="https")
    tm.flow(reader, agent, tg.Data("Diff", kind="tool-result"))
    tm.flow(agent, ci, tg.Data("Dispatch", kind="tool-call"))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    return tm


def test_code_an_outsider_writes_into_a_repository_reaches_the_agent_that_reads_it() -> None:
    """Set 151 (kept, but "the path it names is wrong: it should be Outside contributor
    → Project repository → Repository reader"): code is the model lifecycle's when a
    pipeline moves it, but a contributor's pull request is their text, and the bot that
    reads it reads what they wrote."""
    found = [f for f in _pr_bot().analyze().open() if f.rule == INDIRECT]
    assert [f.target.key for f in found] == ["element:pr-review-agent"]
    assert "Outside contributor" in found[0].explanation


def _ci_review(*, carries: str, author: str = "contributor") -> tg.ThreatModel:
    """A day-of-real-use model: a pull request's diff, declared as code, goes from the
    public repository to CI, which starts a review agent with it (the same datum on
    each flow, as the model says the diff goes on)."""
    tm = tg.ThreatModel("PR review bot")
    diff = tg.Data("PR diff", kind="code", sensitivity="public")
    token = tg.Data("CI token", kind="credentials", sensitivity="secret")
    with tm.boundary("Internet", trust="untrusted"):
        contributor = tm.add(tg.Actor("External contributor"))
    with tm.boundary("Code host", trust="partner"):
        repo = tm.add(tg.DataStore("Public repository", stores={diff}))
    with tm.boundary("Corp", trust="internal"):
        developer = tm.add(tg.Actor("Developer", role="engineer"))
        ci = tm.add(tg.Pipeline("CI runner", stage="deployment"))
        agent = tm.add(tg.Agent("Review agent", autonomy="supervised"))
    tm.flow(contributor if author == "contributor" else developer, repo, diff, protocol="https")
    tm.flow(repo, ci, diff, protocol="https")
    if carries == "the diff":
        tm.flow(ci, agent, diff)
    else:  # the diff with the token in its environment
        tm.flow(ci, agent, diff, token)
    return tm


@pytest.mark.parametrize("carries", ["the diff", "the diff and a token"])
def test_code_an_outsider_wrote_stays_their_text_as_it_moves_on(carries: str) -> None:
    """Day-of-real-use review: with the diff declared as code, the review agent was
    found injectable only while CI also handed it a token (a flow of code alone is the
    model lifecycle's), so removing the token read as a fix. The diff is the
    contributor's text on every flow that carries it on."""
    found = [f for f in _ci_review(carries=carries).analyze().open() if f.rule == INDIRECT]
    assert [f.target.key for f in found] == ["element:review-agent"]
    assert "External contributor" in found[0].explanation
    assert "Public repository" in found[0].explanation


@pytest.mark.parametrize("carries", ["the diff", "the diff and a token"])
def test_the_ci_job_that_hands_on_the_diff_is_not_named_as_prompting(carries: str) -> None:
    """An independent review of the day-of-real-use model struck "CI runner can prompt
    Review agent" as trusted automation misread as a user (and set 1 struck the same
    finding on another review bot as a duplicate): the job runs the contributor's
    code, but what it hands the agent is the contributor's diff, which the indirect
    finding already names through it."""
    report = _ci_review(carries=carries).analyze()
    assert [f for f in report.open() if f.rule == "ai/prompt-injection-direct"] == []
    assert [f.target.key for f in report.open() if f.rule == INDIRECT] == ["element:review-agent"]


def test_code_colleagues_commit_is_not_content_outsiders_wrote() -> None:
    """The same flows with the code written by the organisation's own developer: no
    outsider's text reaches the agent (code moved by a pipeline is the lifecycle's)."""
    report = _ci_review(carries="the diff", author="developer").analyze()
    assert [f for f in report.open() if f.rule == INDIRECT] == []


AT_REST = "profile/baseline/data-at-rest"


def _plates(*, trained_by_contractor: bool) -> tg.ThreatModel:
    """Set 392's car park: the ANPR vendor's release service puts each new plate model
    into our registry, which pushes it to the lane controllers."""
    tm = tg.ThreatModel("plates", profile="high")
    weights = tg.Data(
        "Plate model", kind="model-artifact", format="onnx", sensitivity="confidential"
    )
    with tm.boundary("Site", trust="internal"):
        model = tm.add(tg.Model("Plate reader", task="detector", high_stakes=True))
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
    with tm.boundary("Vendor", trust="partner"):
        if trained_by_contractor:
            vendor = tm.add(tg.Pipeline("Vendor retraining", stage="training"))
        else:
            vendor = tm.add(tg.ExternalService("ANPR vendor releases"))
    tm.flow(vendor, registry, weights, protocol="https")
    tm.flow(registry, model, weights, protocol="https")
    return tm


def test_a_registry_of_files_a_vendor_ships_holds_no_weights_we_trained() -> None:
    """Sets 392 and 271 (struck twice: "the registry holds open-weights models from a
    vendor, not weights the operator trained, so theft is worth little"; "the store
    holds the vendor's licensed weights"): the requirement leaves it out, and says why."""
    report = _plates(trained_by_contractor=False).analyze()
    assert [f for f in report.open() if f.rule == AT_REST] == []


def test_a_registry_a_contractors_training_job_writes_still_holds_our_weights() -> None:
    """A contractor's retraining job writes there: it trains on what we hold."""
    found = [f for f in _plates(trained_by_contractor=True).analyze().open() if f.rule == AT_REST]
    (finding,) = found
    assert "Model registry" in finding.explanation


UNDECLARED = "hygiene/undeclared-protocol"


@pytest.mark.parametrize("protocol", ["marine vhf", "VHF radio", "vhf"])
def test_a_voice_radio_channel_is_known_and_never_asked_to_encrypt(protocol: str) -> None:
    """Sets 394 and 293 (struck twice: "Marine VHF is an open broadcast channel, and
    encrypting it is neither possible nor permitted"): the protocol is known, so no
    unknown-protocol note, and no cleartext finding asks for what it cannot give."""
    tm = tg.ThreatModel("marina", profile="low")
    with tm.boundary("On the water", trust="untrusted"):
        skipper = tm.add(tg.Actor("Visiting skipper"))
    with tm.boundary("Harbour office", trust="internal"):
        staff = tm.add(tg.Actor("Duty harbour staff"))
    tm.flow(
        staff, skipper, tg.Data("Berth reply", kind="records", sensitivity="pii"), protocol=protocol
    )
    tm.flow(
        skipper,
        staff,
        tg.Data("Berth request", kind="records", sensitivity="pii"),
        protocol=protocol,
    )
    found = {f.rule for f in tm.analyze().open()}
    assert UNDECLARED not in found
    assert CLEARTEXT not in found
    assert tg.protocols.lookup(protocol) is not None


BINDING = "ai/tool-caller-binding"


@pytest.mark.parametrize(
    ("agent_says", "bound"),
    [
        ("Passes the signed-in applicant's reference from the session to its tools.", True),
        ("Answers applicants and places their bids.", False),
    ],
)
def test_an_agent_described_as_passing_the_sessions_reference_binds_its_tools(
    agent_says: str, bound: bool
) -> None:
    """Set 394 (struck as wrong: "the agent passes the signed-in applicant's reference
    from the session to its tools, so the model doesn't choose the account"): said of
    the agent, it holds for every tool it calls."""
    tm = tg.ThreatModel("lettings", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Housing applicant"))
    with tm.boundary("Council cloud", trust="internal"):
        api = tm.add(
            tg.Endpoint(
                "Chat API",
                purpose="api",
                internet_facing=True,
                controls={tg.controls.Authentication(method="citizen account")},
            )
        )
        agent = tm.add(tg.Agent("Housing chatbot", description=agent_says))
        bid = tm.add(tg.Tool("Place bid tool", capabilities={"write"}))
    with tm.boundary("Lettings vendor", trust="partner"):
        cbl = tm.add(tg.ExternalService("Choice-based lettings system"))
    tm.flow(applicant, api, tg.Data("Message", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(api, agent, tg.Data("Message", kind="prompt", sensitivity="pii"))
    tm.flow(agent, api, tg.Data("Reply", kind="model-output", sensitivity="pii"))
    tm.flow(
        api, applicant, tg.Data("Reply", kind="model-output", sensitivity="pii"), protocol="https"
    )
    tm.flow(agent, bid, tg.Data("Bid call", kind="tool-call", sensitivity="pii"))
    tm.flow(bid, cbl, tg.Data("Bid", kind="records", sensitivity="pii"), protocol="https")
    tm.flow(
        cbl, bid, tg.Data("Applicant bids", kind="records", sensitivity="pii"), protocol="https"
    )
    assert _on(tm, BINDING) == ([] if bound else ["element:housing-chatbot"])
