"""Changes taken from reviewers' verdicts on held-out sets 291 and later, made in the
session of 2026-12-06 (thirty-sixth)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

SUBJECT = "stride/missing-subject-authorization"


def _jury_chatbot(method: str | None) -> tg.ThreatModel:
    """A chatbot agent whose lookup tool fetches a summoned juror's record."""
    tm = tg.ThreatModel("jury summons", profile="high")
    summons = tg.Data("Summons record", kind="records", sensitivity="pii")
    controls = {c.Authentication(method=method)} if method else set()
    with tm.boundary("Internet", trust="untrusted"):
        juror = tm.add(tg.Actor("Summoned juror"))
    with tm.boundary("Court cloud", trust="internal"):
        agent = tm.add(tg.Agent("Jury query agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Summons lookup tool", capabilities={"read"}, controls=controls))
    with tm.boundary("Jury data tier", trust="restricted"):
        store = tm.add(tg.DataStore("Jury management system", stores={summons}))
    tm.flow(juror, agent, tg.Data("Juror question", kind="prompt", sensitivity="pii"))
    tm.flow(agent, juror, tg.Data("Answer", kind="model-output", sensitivity="pii"))
    tm.flow(agent, tool, tg.Data("Lookup call", kind="tool-call", sensitivity="pii"))
    tm.flow(tool, store, tg.Data("Juror identifiers", kind="records", sensitivity="pii"))
    tm.flow(store, tool, summons)
    tm.flow(tool, agent, summons)
    return tm


@pytest.mark.parametrize(
    ("method", "raised"),
    [
        ("juror number, surname and postcode matched to the summons record", False),
        ("surname and date of birth matched against the patient record", False),
        ("caller's phone number matched to the passenger record", True),
        ("juror number, surname and postcode", True),
        ("service API key", True),
        (None, True),
    ],
)
def test_owner_details_the_tool_matches_to_the_record_are_a_check_of_whose_it_is(
    method: str | None, raised: bool
) -> None:
    """Set 292's jury summons chatbot (struck as wrong): the lookup tool declares an
    authentication by juror number, surname and postcode matched to the summons record,
    which is the per-caller check the finding said nothing made. Two details of the
    owner said to be matched to the record count as a booking reference and e-mail
    already did; a caller's phone number alone, or details not said to be matched to
    the record, do not."""
    found = [f for f in _jury_chatbot(method).analyze().open() if f.rule == SUBJECT]
    assert bool(found) == raised


INDIRECT = "ai/indirect-prompt-injection"


def _advice_drafting(*, adviser_forwards_account: bool) -> tg.ThreatModel:
    """An adviser hears a client out, then writes case notes; a drafting service puts
    the notes to an LLM and files the client's account in the case store."""
    tm = tg.ThreatModel("debt advice", profile="high")
    account = tg.Data("Client's account of their debts", kind="documents", sensitivity="pii")
    notes = tg.Data("Adviser case notes", kind="prompt", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        client = tm.add(tg.Actor("Client"))
    with tm.boundary("Advice centre", trust="internal"):
        adviser = tm.add(tg.Actor("Adviser", role="debt adviser"))
        service = tm.add(tg.Service("Drafting service"))
        store = tm.add(tg.DataStore("Case store", stores={account}))
        llm = tm.add(tg.LLM("Drafting LLM", origin="open-weights"))
    tm.flow(client, adviser, account, label="told in the interview")
    tm.flow(adviser, service, account, notes)
    tm.flow(service, store, account)
    if adviser_forwards_account:
        tm.flow(service, llm, account, notes)
    else:
        tm.flow(service, llm, notes)
    tm.flow(llm, service, tg.Data("Draft letter", kind="model-output", sensitivity="pii"))
    tm.flow(service, adviser, tg.Data("Draft letter", kind="model-output", sensitivity="pii"))
    return tm


@pytest.mark.parametrize(("forwards", "raised"), [(False, False), (True, True)])
def test_what_a_person_writes_beside_what_reached_them_carries_no_route(
    forwards: bool, raised: bool
) -> None:
    """Set 280's physiotherapy plans and set 250's debt letters (struck): the route from
    the client ran through the person who heard them and on along the notes she wrote
    herself, as if the notes held the client's words. A person hands on what reached
    them as it came; what she writes beside it is her own. When the service does put
    the client's own account to the LLM, the finding stays."""
    tm = _advice_drafting(adviser_forwards_account=forwards)
    found = [f for f in tm.analyze().open() if f.rule == INDIRECT]
    assert bool(found) == raised


INSIDER = "ai/insider-ml-tampering"


@pytest.mark.parametrize(
    ("role", "raised"),
    [
        ("owner", False),
        ("shop owner", False),
        ("sole trader", False),
        ("model owner", True),
        ("data owner", True),
        ("ml engineer", True),
    ],
)
def test_the_business_owner_needs_no_second_approver_against_them(role: str, raised: bool) -> None:
    """Set 291's cheesemaker and set 178's yarn shop (struck as wrong): the person who
    owns a small business installs the model alone, and a second approver "against a
    malicious insider" has nobody above them to come from. An owner within a larger
    organisation (a model owner, a data owner) still is one person among others."""
    tm = tg.ThreatModel("cheese cave", profile="low")
    with tm.boundary("Farm network", trust="internal"):
        person = tm.add(tg.Actor("Cheesemaker", role=role, privileged=True))
        install = tm.add(tg.Pipeline("Model install script", stage="deployment"))
        model = tm.add(tg.Model("Rind grading model", task="classifier"))
    tm.flow(person, install, tg.Data("Install go-ahead", kind="records"))
    tm.flow(install, model, tg.Data("Weights", kind="model-artifact", format="safetensors"))
    found = [f for f in tm.analyze().open() if f.rule == INSIDER]
    assert bool(found) == raised


def _scored(*, adaptive: bool, primary: int, supporting: int) -> tg.Severity:
    """The default scorer's residual severity for a possible (3), major (4) threat."""
    from threatgraph.scoring import DefaultScorer, ScoreInput

    controls = (c.Guardrails, c.InputValidation, c.HumanInTheLoop, c.OutputFiltering)
    data = ScoreInput(
        rule_likelihood=tg.Likelihood.POSSIBLE,
        rule_impact=tg.Impact.MAJOR,
        cia="I",
        informational=False,
        profile=tg.RiskProfile.LOW,
        exposure=3,
        actors_in_scope=0,
        reaching_capabilities=(),
        max_sensitivity=None,
        high_stakes=False,
        likelihood_delta=0,
        impact_delta=0,
        primary_present=(c.UntrustedInputSegregation,) * primary,
        supporting_present=controls[:supporting],
        adaptive=adaptive,
    )
    return DefaultScorer().score(data).severity


@pytest.mark.parametrize(
    ("adaptive", "primary", "supporting", "severity"),
    [
        (False, 0, 2, tg.Severity.LOW),  # 3 - 2 = 1; 1 x 4
        (True, 0, 2, tg.Severity.MEDIUM),  # filters reworded around: 3 - 1 = 2; 2 x 4
        (True, 0, 3, tg.Severity.MEDIUM),
        (True, 0, 1, tg.Severity.MEDIUM),
        (True, 0, 0, tg.Severity.HIGH),
        (True, 1, 1, tg.Severity.LOW),  # a primary control counts, and the others beside it
    ],
)
def test_partial_measures_an_attacker_rewords_around_lower_the_likelihood_once(
    adaptive: bool, primary: int, supporting: int, severity: tg.Severity
) -> None:
    """Sets 291 and 292 (three injection findings rated low, "far too low"): an input
    filter and a guardrail each took a step off, which put injection into an agent that
    books paid work at low. Over every reviewed design, 80 of 226 such findings were
    called too low. For an adaptive threat, supporting controls with no primary one
    lower the likelihood once together."""
    assert _scored(adaptive=adaptive, primary=primary, supporting=supporting) is severity


def test_both_injection_rules_are_declared_adaptive() -> None:
    """Indirect injection since set 291's reviews; direct injection since the
    thirty-seventh session, when reviewers of sets 308, 316 and 317 called "low" too low
    for outsiders typing into an agent that acts, with only filters declared (every
    reviewed finding it moves goes from low to medium: 3 marked too low, 15 kept); an
    agent's tool acting on whichever account the model names since the forty-ninth
    (narrow tools and logs do not stop a prompt naming another account: 4 of the 10
    low-rated findings reviewed were marked too low, none too high)."""
    from threatgraph.rules import Catalogue

    assert sorted(r.id for r in Catalogue.default() if r.adaptive) == [
        "ai/indirect-prompt-injection",
        "ai/prompt-injection-direct",
        "ai/tool-caller-binding",
    ]


def test_an_agent_does_not_see_what_a_payment_provider_its_tool_calls_was_given() -> None:
    """Set 294's mountain hut chatbot (struck; "the agent sees regulated data" was
    wrong): the walker types card details into the payment provider's hosted page, and
    the agent's payment tool gets back only a payment link. A service a tool calls
    answers with what it sends back; a store a tool reads gives what it holds."""
    tm = tg.ThreatModel("hut bookings", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        walker = tm.add(tg.Actor("Walker"))
    with tm.boundary("Payment provider", trust="partner"):
        psp = tm.add(tg.ExternalService("Payment service provider"))
    with tm.boundary("Club cloud", trust="internal"):
        agent = tm.add(tg.Agent("Hut booking agent", autonomy="autonomous"))
        pay = tm.add(tg.Tool("Payment link tool", capabilities={"network-egress", "write"}))
        book = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
        db = tm.add(
            tg.DataStore("Booking database", stores={tg.Data("Bookings", sensitivity="pii")})
        )
    tm.flow(walker, agent, tg.Data("Walker chat", kind="prompt", sensitivity="pii"))
    tm.flow(agent, walker, tg.Data("Reply", kind="model-output", sensitivity="pii"))
    tm.flow(walker, psp, tg.Data("Card details", kind="records", sensitivity="regulated"))
    tm.flow(agent, pay, tg.Data("Payment link request", kind="tool-call"))
    tm.flow(pay, psp, tg.Data("Checkout session request", kind="records"), protocol="https")
    tm.flow(psp, pay, tg.Data("Payment link", kind="tool-result"), protocol="https")
    tm.flow(pay, agent, tg.Data("Payment link", kind="tool-result"))
    tm.flow(agent, book, tg.Data("Booking call", kind="tool-call", sensitivity="pii"))
    tm.flow(book, db, tg.Data("Booking write", kind="records", sensitivity="pii"))
    tm.flow(db, book, tg.Data("Bookings", sensitivity="pii"))
    tm.flow(book, agent, tg.Data("Booking result", kind="tool-result", sensitivity="pii"))
    found = [f for f in tm.analyze().open() if f.rule == "ai/prompt-injection-direct"]
    assert len(found) == 1
    assert "sees personal data" in found[0].explanation
    assert "regulated" not in found[0].explanation


def test_a_partners_people_are_among_the_default_actors() -> None:
    """Set 293's coroner's office and the trial's labelling vendor: no default actor
    entered at a partner zone, so a threat only a partner's people could carry out (a
    vendor's data scientist retraining our model alone) was scored as reached by
    nobody, one step less likely. Reviewers called four such findings too low."""
    tm = tg.ThreatModel("bridge monitoring", profile="high")
    with tm.boundary("Vendor", trust="partner"):
        vendor = tm.add(tg.Actor("Vendor data scientist", privileged=True))
    with tm.boundary("Operations cloud", trust="internal"):
        training = tm.add(tg.Pipeline("Model retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry"))
    tm.flow(vendor, training, tg.Data("Training code", kind="code"))
    tm.flow(
        training,
        registry,
        tg.Data("Anomaly model", kind="model-artifact", format="safetensors"),
    )
    found = [f for f in tm.analyze().open() if f.rule == INSIDER]
    assert len(found) == 1
    assert "partner-staff" in found[0].actors
    assert found[0].severity is tg.Severity.MEDIUM


def test_records_drawn_out_to_a_portal_outsiders_ask_are_exposed_there() -> None:
    """Set 293's coroner's office (rated low, "an IDOR there discloses another family's
    post-mortem summary"): the summaries are drawn going out from the store to the
    family representatives' portal, and no flow runs from anything untrusted into the
    store, so its exposure counted as nothing and the finding came out rare. The
    representatives ask through the portal: the store is exposed where they ask."""
    tm = tg.ThreatModel("inquests", profile="high")
    summary = tg.Data("Inquest summary", kind="records", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        rep = tm.add(tg.Actor("Family legal representative"))
    with tm.boundary("Coroner's cloud", trust="internal"):
        portal = tm.add(
            tg.Service(
                "Family representative portal",
                internet_facing=True,
                controls={c.Authentication(method="e-mail and password")},
            )
        )
        store = tm.add(tg.DataStore("Summary store", stores={summary}))
    tm.flow(rep, portal, tg.Data("Summary request", kind="records"), protocol="https")
    tm.flow(store, portal, summary)
    tm.flow(portal, rep, summary, protocol="https")
    found = [f for f in tm.analyze().open() if f.rule == SUBJECT]
    assert len(found) == 1
    assert found[0].likelihood is tg.Likelihood.UNLIKELY


@pytest.mark.parametrize(
    ("datum", "raised"),
    [
        ("Vendor remote maintenance session", False),
        ("SSH session", False),
        ("Model update", True),
    ],
)
def test_a_remote_session_from_a_model_vendor_brings_no_model_file(
    datum: str, raised: bool
) -> None:
    """Set 298's pool cameras (both struck as wrong): the vendor, declared a model hub,
    sends its ONNX weights to a model store and opens an SSH remote-maintenance session
    on the edge server. A datum of no kind from a model hub was taken for a model file
    "in an undeclared format", which raised unsafe loading and a way out for the code in
    it. Data named as a remote session are someone working on the server, not a file."""
    tm = tg.ThreatModel("pool cameras", profile="high")
    weights = tg.Data("Detection model weights", kind="model-artifact", format="onnx")
    with tm.boundary("Vendor", trust="partner"):
        vendor = tm.add(tg.ExternalService("Vendor cloud portal", provides="model-hub"))
    with tm.boundary("Pool network", trust="internal"):
        store = tm.add(tg.DataStore("Local model store", stores={weights}))
        edge = tm.add(tg.Service("Edge video server"))
    tm.flow(vendor, store, weights, protocol="https")
    tm.flow(store, edge, weights)
    tm.flow(vendor, edge, tg.Data(datum), protocol="ssh")
    found = [f for f in tm.analyze().open() if f.rule == "ai/unsafe-model-deserialization"]
    assert bool(found) == raised


@pytest.mark.parametrize(("tool", "raised"), [("Card payment tool", False), ("Refund tool", True)])
def test_a_card_payment_tool_takes_the_callers_money(tool: str, raised: bool) -> None:
    """Set 300's fines voicebot (both struck as wrong): its card payment tool takes the
    caller's payment for their own fine, yet "payment" alone read as paying out, so the
    bot was said to pay claims on evidence callers supply and to need a person to
    review its decisions about claims. A card payment, like a payment link, is money
    the caller pays."""
    tm = tg.ThreatModel("fines line", profile="high", frameworks=["gdpr"])
    with tm.boundary("Phone network", trust="untrusted"):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Courts cloud", trust="internal"):
        bot = tm.add(tg.Agent("Fines voicebot", autonomy="autonomous"))
        pay = tm.add(tg.Tool(tool, capabilities={"money-movement", "write"}))
    tm.flow(caller, bot, tg.Data("Caller speech", kind="media", sensitivity="pii"))
    tm.flow(bot, caller, tg.Data("Bot speech", kind="model-output", sensitivity="pii"))
    tm.flow(bot, pay, tg.Data("Payment request", kind="tool-call", sensitivity="pii"))
    tm.flow(pay, bot, tg.Data("Payment outcome", kind="tool-result"))
    rules = {"ai/unverified-evidence", "compliance/gdpr/automated-decisions"}
    found = [f for f in tm.analyze().open() if f.rule in rules]
    assert bool(found) == raised
