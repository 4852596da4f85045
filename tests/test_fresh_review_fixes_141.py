"""Changes taken from the held-out verdicts of sets 141 and 142 (session of 2026-12-05,
fifteenth), after the sets were reviewed at cef3e9b. Each test pins the design the
reviewer struck and a variant on which the answer goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tg.analyze(tm.freeze()).open() if f.rule == rule]


# ---------------------------------------------------------------- forged readings


def _bridge(method: str) -> tg.ThreatModel:
    """Set 141's low bridges: height detectors send readings over 4G to a vendor's
    ingest API, which declares how each device signs in, and a model there decides
    whether to warn."""
    tm = tg.ThreatModel("bridge", profile="high")
    reading = tg.Data("Height reading", kind="records")
    warning = tg.Data("Over-height warning", kind="model-output")
    with tm.boundary("Roadside", trust="internal"):
        detector = tm.add(tg.Device("Laser height detector"))
    with tm.boundary("Vendor platform", trust="internal"):
        ingest = tm.add(tg.Endpoint("Ingest API", controls={c.Authentication(method=method)}))
        model = tm.add(tg.Model("Height model", task="detector", high_stakes=True))
    tm.flow(detector, ingest, reading, protocol="https")
    tm.flow(ingest, model, reading)
    tm.flow(model, ingest, warning)
    return tm


def test_per_device_certificates_named_in_the_sign_in_are_a_device_identity() -> None:
    """'The ingest API declares per-device X.509 client certificates, which is
    per-device identity and mutual authentication. The finding claims the opposite'
    (set 141)."""
    assert _open(_bridge("per-device X.509 client certificates"), "ai/forged-device-readings") == []


def test_a_shared_api_key_only_lowers_the_forged_readings_finding() -> None:
    (f,) = _open(_bridge("API key"), "ai/forged-device-readings")
    assert "authentication" in f.controls_present
    assert "mutual_authentication" in f.controls_missing


# ------------------------------------------------------------ privileged accounts


def _panel(label: str | None, protocol: str | None = None) -> tg.ThreatModel:
    """Set 142's canal locks: the duty lock keeper works the sluices from a panel on
    site."""
    tm = tg.ThreatModel("locks")
    command = tg.Data("Sluice command", kind="records")
    with tm.boundary("Lock site", trust="untrusted"):
        keeper = tm.add(tg.Actor("Duty lock keeper", privileged=True))
    with tm.boundary("Control panel", trust="restricted"):
        panel = tm.add(tg.Service("Sluice control panel"))
    tm.flow(keeper, panel, command, label=label, protocol=protocol)
    return tm


def test_a_keeper_working_the_panel_in_person_has_no_account_to_steal() -> None:
    """'Flow 5 is the keeper physically operating the local panel ("on the panel").
    There is no account to steal' (set 142)."""
    assert _open(_panel("on the panel"), "stride/privileged-actor-access") == []


def test_a_keeper_reaching_the_panel_over_the_network_still_needs_strong_sign_in() -> None:
    assert _open(_panel("remote operation", protocol="https"), "stride/privileged-actor-access")


# ------------------------------------------------------------- undeclared protocol


def _settlement(*, ours: bool) -> tg.ThreatModel:
    """Set 142's farm shop: the card provider settles takings to the farm's bank."""
    tm = tg.ThreatModel("farm shop")
    takings = tg.Data("Settlement", kind="records", sensitivity="confidential")
    with tm.boundary("Card payment provider", trust="partner"):
        provider = tm.add(tg.ExternalService("Card payment provider"))
    if ours:
        with tm.boundary("Farm office", trust="internal"):
            bank = tm.add(tg.Service("Farm accounts"))
    else:
        with tm.boundary("Bank", trust="partner"):
            bank = tm.add(tg.ExternalService("Farm bank account"))
    tm.flow(provider, bank, takings, label="daily bank transfer")
    return tm


def test_a_flow_between_two_other_companies_is_not_ours_to_declare() -> None:
    """'The settlement flow runs between two partners (card provider and bank) that the
    farm neither runs nor can control' (set 142)."""
    assert _open(_settlement(ours=False), "hygiene/undeclared-protocol") == []


def test_a_flow_from_another_company_into_ours_still_is() -> None:
    assert _open(_settlement(ours=True), "hygiene/undeclared-protocol")


# ----------------------------------------------------------- cross-account access


def _hall(*, privileged: bool) -> tg.ThreatModel:
    """Set 141's village hall: a committee volunteer signs in to the admin app, which
    sends back every booking with the hirers' details."""
    tm = tg.ThreatModel("hall")
    bookings = tg.Data("Bookings and hirer details", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        volunteer = tm.add(
            tg.Actor("Committee volunteer", role="booking secretary", privileged=privileged)
        )
    with tm.boundary("Hosting", trust="internal"):
        app = tm.add(
            tg.Endpoint(
                "Committee admin app", controls={c.Authentication(method="password and TOTP")}
            )
        )
        db = tm.add(tg.DataStore("Bookings database", stores={bookings}))
    tm.flow(volunteer, app, tg.Data("Admin changes", kind="records"), protocol="https")
    tm.flow(app, volunteer, bookings, protocol="https")
    tm.flow(app, db, bookings)
    return tm


def test_a_privileged_booking_secretary_is_meant_to_see_every_booking() -> None:
    """'The only user of the admin app is the booking secretary, who is meant to see
    every booking' (set 141)."""
    assert _open(_hall(privileged=True), "stride/cross-account-access") == []


def test_an_ordinary_signed_in_caller_still_draws_the_finding() -> None:
    assert _open(_hall(privileged=False), "stride/cross-account-access")


# ------------------------------------------------------- messages relayed to an agent


def _street_lights(*, platform_posts: bool = False) -> tg.ThreatModel:
    """Set 142's street lights: residents send fault reports as direct messages on the
    council's social media account; the platform relays them by webhook to the chat
    endpoint in front of the agent."""
    tm = tg.ThreatModel("street lights")
    report = tg.Data("Fault report message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Reply", kind="model-output", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        resident = tm.add(tg.Actor("Resident"))
        social = tm.add(tg.ExternalService("Social media platform"))
    with tm.boundary("Council cloud", trust="internal"):
        chat = tm.add(tg.Endpoint("Fault report chat endpoint"))
        agent = tm.add(tg.Agent("Fault report agent"))
        jobs = tm.add(tg.Tool("Job raising tool", capabilities={"write"}))
    tm.flow(resident, social, report, protocol="https")
    relayed = [report] + ([tg.Data("Public posts", kind="documents")] if platform_posts else [])
    tm.flow(social, chat, *relayed, protocol="https")
    tm.flow(chat, social, reply, protocol="https")
    tm.flow(social, resident, reply, protocol="https")
    tm.flow(chat, agent, report)
    tm.flow(agent, chat, reply)
    tm.flow(agent, jobs, tg.Data("Job", kind="tool-call"))
    return tm


def test_a_platform_relaying_residents_messages_is_their_prompting() -> None:
    """'The social media platform only relays the resident's own DM, so this is the
    same direct injection by residents that F1 already covers' (set 142)."""
    assert _open(_street_lights(), "ai/indirect-prompt-injection") == []
    assert _open(_street_lights(), "ai/prompt-injection-direct")


def test_a_platform_that_also_sends_posts_of_others_is_content_in_the_context() -> None:
    assert _open(_street_lights(platform_posts=True), "ai/indirect-prompt-injection")


def _connector(description: str) -> tg.ThreatModel:
    """A dental AI vendor's connector on each clinic's PC uploads X-rays to the
    caries model (re-review of this session's additions)."""
    tm = tg.ThreatModel("caries", profile="high")
    xray = tg.Data("Bitewing X-rays", kind="media", sensitivity="phi")
    with tm.boundary("Clinics", trust="partner"):
        connector = tm.add(tg.Device("Clinic connector", description=description))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Upload API"))
        model = tm.add(tg.Model("Caries detection model", task="detector", high_stakes=True))
    tm.flow(connector, api, xray, protocol="https")
    tm.flow(api, model, xray)
    return tm


def test_a_windows_service_on_a_clinic_pc_sends_files_not_readings() -> None:
    """'The connector is a Windows software service, not a field sensor' (re-review)."""
    tm = _connector("Windows service polling the PMS export folder and our API.")
    assert _open(tm, "ai/forged-device-readings") == []


def test_an_edge_unit_with_a_camera_still_sends_readings() -> None:
    tm = _connector("Intraoral camera unit streaming captures.")
    assert _open(tm, "ai/forged-device-readings")


def _setpoints(above: str) -> tg.ThreatModel:
    """Set 135's sewage pump stations: an agent sets pump start and stop levels through
    a tool; changes outside a threshold wait for the control room."""
    tm = tg.ThreatModel("pumps")
    with tm.boundary("Operations", trust="internal"):
        operator = tm.add(tg.Actor("Control room operator"))
        agent = tm.add(tg.Agent("Overflow agent"))
        tool = tm.add(
            tg.Tool(
                "Pump setpoint tool",
                capabilities={"write"},
                controls={c.HumanInTheLoop(approver="control room operator", above=above)},
            )
        )
    tm.flow(operator, agent, tg.Data("Operator request", kind="prompt"))
    tm.flow(agent, tool, tg.Data("Setpoint change", kind="tool-call"))
    return tm


def test_a_band_of_levels_cannot_be_passed_by_many_small_changes() -> None:
    """'The declared band bounds the absolute start and stop levels per station, not the
    size of each change. Splitting a large change into small steps cannot get past it'
    (re-review; set 80's cheese cave said the same of a setpoint band)."""
    tm = _setpoints("the station's configured band")
    assert _open(tm, "ai/uncapped-automatic-steps") == []


def test_an_amount_threshold_can_be_split() -> None:
    tm = _setpoints("a change of more than 20 cm")
    assert _open(tm, "ai/uncapped-automatic-steps")


def _distress(protocol: str | None) -> tg.ThreatModel:
    """Set 143's coastguard: callers reach a radio and telephony gateway, which passes
    the audio to the transcription service."""
    tm = tg.ThreatModel("coastguard", profile="high")
    call = tg.Data("Distress call audio", kind="media", sensitivity="pii")
    text = tg.Data("Transcript", kind="records", sensitivity="pii")
    with tm.boundary("Sea", trust="untrusted"):
        mariner = tm.add(tg.Actor("Mariner"))
    with tm.boundary("Coastguard", trust="internal"):
        gateway = tm.add(tg.Service("Radio and telephony gateway"))
        service = tm.add(tg.Service("Transcription service"))
        speech = tm.add(tg.Model("Speech model", task="generative"))
        log = tm.add(tg.DataStore("Incident log"))
    tm.flow(mariner, gateway, call, protocol=protocol)
    tm.flow(gateway, service, call, label="audio stream")
    tm.flow(service, speech, call)
    tm.flow(speech, service, text)
    tm.flow(service, log, call, text)
    return tm


def test_a_call_over_radio_or_the_phone_network_is_no_file_the_caller_made() -> None:
    """'Callers send only an acoustic signal over PSTN/VHF, and the internal voice switch
    re-encodes it into an audio stream. No outsider-crafted file reaches a parser'
    (set 143)."""
    for protocol in ("vhf", "pstn"):
        assert _open(_distress(protocol), "stride/untrusted-file-parsing") == []


def test_an_uploaded_recording_is_a_file_the_caller_made() -> None:
    assert _open(_distress("https"), "stride/untrusted-file-parsing")


def _boots(*, shared: bool) -> tg.ThreatModel:
    """Set 96's ski rental: a customer's foot scan goes to a boot-fit ranker whose
    ranking comes back to that customer."""
    tm = tg.ThreatModel("boots", profile="high")
    scan = tg.Data("Foot scan", kind="features", sensitivity="pii")
    picks = tg.Data("Boot picks", kind="model-output", sensitivity="pii")
    with tm.boundary("Shop floor", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Rental cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Fitting API"))
        ranker = tm.add(tg.Model("Boot fit ranker", task="ranker"))
        if shared:
            profiles = tm.add(tg.DataStore("Customer profiles", stores={scan}))
    if shared:
        tm.flow(customer, api, scan)
        tm.flow(api, profiles, scan)
        tm.flow(profiles, ranker, scan)
    else:
        tm.flow(customer, api, scan)
        tm.flow(api, ranker, scan)
    tm.flow(ranker, api, picks)
    tm.flow(api, customer, picks)
    return tm


def test_a_ranking_only_its_asker_gets_back_is_not_worth_gaming() -> None:
    """'The recommendation goes back only to the customer who crafted the input, so
    evasion only gets the attacker a worse boot' (set 96)."""
    assert _open(_boots(shared=False), "ai/adversarial-evasion") == []


def test_input_kept_in_a_store_ranked_for_others_still_counts() -> None:
    assert _open(_boots(shared=True), "ai/adversarial-evasion")


def _guidance(name: str) -> tg.ThreatModel:
    """Set 140's ski patrol tutor: staff and volunteers ask an LLM tutor, which retrieves
    from an index of the resort's rescue procedures."""
    tm = tg.ThreatModel("ski patrol")
    question = tg.Data("Trainee question", kind="prompt")
    chunk = tg.Data("Procedure passages", kind="retrieved-context", sensitivity="confidential")
    answer = tg.Data("Answer", kind="model-output")
    with tm.boundary("Resort", trust="internal"):
        trainee = tm.add(tg.Actor("Trainee patroller"))
        volunteer = tm.add(tg.Actor("Volunteer"))
        tutor = tm.add(tg.Agent("Training tutor"))
        index = tm.add(tg.DataStore(name, stores={chunk}))
    tm.flow(trainee, tutor, question)
    tm.flow(volunteer, tutor, question)
    tm.flow(tutor, volunteer, answer)
    tm.flow(index, tutor, chunk)
    tm.flow(tutor, trainee, answer)
    return tm


def test_an_index_of_procedures_everyone_follows_has_no_per_caller_records() -> None:
    """'Nothing in the architecture gives users different entitlements to the guidance'
    (set 140)."""
    assert _open(_guidance("Guidance index"), "stride/missing-subject-authorization") == []


def test_an_index_named_for_case_files_still_asks_who_may_see_what() -> None:
    assert _open(_guidance("Incident case index"), "stride/missing-subject-authorization")


def _parking_line(protocol: str) -> tg.ThreatModel:
    """Set 146's hospital car parks: callers phone a hosted voice gateway that
    transcribes them for the parking agent, which refunds charges."""
    tm = tg.ThreatModel("parking")
    speech = tg.Data("Phone call speech", kind="media", sensitivity="pii")
    transcript = tg.Data("Call transcript", kind="prompt", sensitivity="pii")
    reply = tg.Data("Assistant reply", kind="model-output")
    with tm.boundary("Public", trust="untrusted"):
        caller = tm.add(tg.Actor("Car park user"))
    with tm.boundary("Trust cloud", trust="internal"):
        gateway = tm.add(tg.Service("Phone voice gateway"))
        agent = tm.add(tg.Agent("Parking assistant agent"))
        refunds = tm.add(tg.Tool("Refund tool", capabilities={"money-movement"}))
    tm.flow(caller, gateway, speech, protocol=protocol)
    tm.flow(gateway, agent, transcript, protocol="https")
    tm.flow(agent, gateway, reply, protocol="https")
    tm.flow(agent, refunds, tg.Data("Refund", kind="tool-call"))
    return tm


def test_a_caller_speaking_to_a_voice_gateway_prompts_the_agent() -> None:
    """'F1 is mislabelled "indirect" injection, since the caller's own speech is the
    prompt' (set 146)."""
    tm = _parking_line("pstn")
    assert _open(tm, "ai/indirect-prompt-injection") == []
    assert _open(tm, "ai/prompt-injection-direct")


def test_a_recording_uploaded_over_the_web_is_content_in_its_context() -> None:
    tm = _parking_line("https")
    assert _open(tm, "ai/indirect-prompt-injection")


def test_a_design_with_no_untrusted_boundary_says_outsiders_are_not_analysed() -> None:
    """Set 141's blade inspection declared only its own and its partners' zones, and
    the report was empty: it now says why."""
    tm = tg.ThreatModel("inside only")
    with tm.boundary("Operator cloud", trust="internal"):
        store = tm.add(tg.DataStore("Blade image store"))
        service = tm.add(tg.Service("Inspection service"))
    tm.flow(store, service, tg.Data("Blade images", kind="media"))
    notes = tg.analyze(tm.freeze()).notes
    assert any("threats from outsiders are not analysed" in n for n in notes)
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
    tm.flow(visitor, service, tg.Data("Request", kind="records"))
    notes = tg.analyze(tm.freeze()).notes
    assert not any("threats from outsiders are not analysed" in n for n in notes)


def _hotline(*, tools: bool, controls: set[c.Control]) -> tg.ThreatModel:
    """Set 146's wildlife hotline: the public reports injured animals to an agent whose
    hosted model carries the vendor's default safety filter."""
    tm = tg.ThreatModel("hotline")
    report = tg.Data("Animal report", kind="prompt")
    advice = tg.Data("Advice", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        public = tm.add(tg.Actor("Member of the public"))
    with tm.boundary("Charity cloud", trust="internal"):
        agent = tm.add(tg.Agent("Triage assistant", controls=controls))
        if tools:
            booking = tm.add(tg.Tool("Rescue booking tool", capabilities={"write"}))
            tm.flow(agent, booking, tg.Data("Booking", kind="tool-call"))
    tm.flow(public, agent, report, protocol="https")
    tm.flow(agent, public, advice, protocol="https")
    return tm


def _direct(tm: tg.ThreatModel) -> Finding:
    report = tg.analyze(tm.freeze())
    (f,) = [f for f in report.findings if f.rule == "ai/prompt-injection-direct"]
    return f


def test_a_safety_filter_only_lowers_direct_injection_into_an_agent_that_acts() -> None:
    """'Most important: prompt injection from the public through text, phone transcripts
    and photos' was named missing while the finding sat mitigated by the vendor's
    default safety filter (set 146)."""
    f = _direct(_hotline(tools=True, controls={c.Guardrails(note="vendor default filter")}))
    assert f.status.value == "open"
    assert "red_teaming" in f.controls_missing


def test_red_teaming_beside_the_filter_answers_it() -> None:
    f = _direct(_hotline(tools=True, controls={c.Guardrails(), c.RedTeaming()}))
    assert f.status.value == "mitigated"


def test_a_filter_still_mitigates_a_model_that_acts_on_nothing_and_sees_nothing() -> None:
    f = _direct(_hotline(tools=False, controls={c.Guardrails()}))
    assert f.status.value == "mitigated"


def test_outsiders_prompting_an_agent_that_acts_are_likely_to_try() -> None:
    """Five of twelve reviewers of the reopened findings asked for a higher rating:
    'Internet users prompting a tool-using agent ... is a likely attack, not a rare
    one'.

    Since direct injection is adaptive (a filter and a rate limit lower its
    likelihood one step together, not one step each), the pair leaves it where the
    filter alone does: likely, and high on an agent that books."""
    both = _direct(_hotline(tools=True, controls={c.Guardrails(), c.RateLimiting()}))
    alone = _direct(_hotline(tools=True, controls={c.Guardrails()}))
    bare = _direct(_hotline(tools=True, controls=set()))
    assert both.likelihood.value == "likely"
    assert both.severity.value == "high"
    assert (alone.likelihood, alone.severity) == (both.likelihood, both.severity)
    assert bare.likelihood.value == "almost-certain"


def _claims(*, via_store: bool) -> tg.ThreatModel:
    """A baggage claims agent: passengers chat on the web and send messages and photos
    over WhatsApp; the agent pays out."""
    tm = tg.ThreatModel("claims")
    chat = tg.Data("Chat message", kind="prompt")
    photos = tg.Data("Bag photos", kind="media")
    reply = tg.Data("Reply", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        passenger = tm.add(tg.Actor("Passenger"))
    with tm.boundary("Messaging vendor", trust="partner"):
        whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))
    with tm.boundary("Airline cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API"))
        agent = tm.add(tg.Agent("Baggage claims agent"))
        payout = tm.add(tg.Tool("Payout tool", capabilities={"money-movement"}))
    tm.flow(passenger, api, chat, protocol="https")
    tm.flow(api, agent, chat)
    tm.flow(agent, api, reply)
    tm.flow(api, passenger, reply, protocol="https")
    tm.flow(passenger, whatsapp, chat, photos, protocol="https")
    if via_store:
        with tm.boundary("Airline cloud", trust="internal"):
            inbox = tm.add(tg.DataStore("Claims inbox"))
        tm.flow(whatsapp, inbox, chat, photos, protocol="https")
        tm.flow(inbox, agent, chat, photos)
    else:
        tm.flow(whatsapp, agent, chat, photos, protocol="https")
    tm.flow(agent, payout, tg.Data("Payout", kind="tool-call"))
    return tm


def test_the_same_passengers_messages_on_a_second_channel_are_their_prompting() -> None:
    """'The WhatsApp path carries the passenger's own messages, so this is direct
    prompting by the user' (re-review)."""
    tm = _claims(via_store=False)
    assert _open(tm, "ai/indirect-prompt-injection") == []
    assert _open(tm, "ai/prompt-injection-direct")


def test_messages_kept_in_a_store_other_sessions_read_are_content() -> None:
    assert _open(_claims(via_store=True), "ai/indirect-prompt-injection")


def _members(secret: str) -> tg.ThreatModel:
    """Set 147's bowls club: the members' register keeps their credentials, which the
    sign-in check behind the chat agent reads."""
    tm = tg.ThreatModel("bowls")
    creds = tg.Data(secret, kind="credentials")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Club host", trust="internal"):
        signin = tm.add(tg.Endpoint("Sign-in check"))
        register = tm.add(tg.DataStore("Membership register", stores={creds}))
    tm.flow(member, signin, tg.Data("Username and password", kind="credentials"))
    tm.flow(register, signin, creds)
    return tm


def test_password_hashes_the_sign_in_checks_are_no_key_within_reach() -> None:
    """'The sign-in check reading password hashes is the intended verifier, not a
    steerable consumer. Hashes are not keys' (set 147)."""
    assert _open(_members("Member password hashes"), "ai/exposed-credentials") == []


def test_access_tokens_kept_beside_the_accounts_are_still_keys() -> None:
    assert _open(_members("User accounts and access tokens"), "ai/exposed-credentials")


def _gusts(advice: str) -> tg.ThreatModel:
    """Set 144's crane: anemometers feed a high-stakes gust forecast, which an advisory
    service turns into what the operator sees."""
    tm = tg.ThreatModel("crane", profile="high")
    wind = tg.Data("Wind readings", kind="records")
    gust = tg.Data("Predicted gust", kind="model-output")
    shown = tg.Data(advice, kind="records")
    with tm.boundary("Site", trust="internal"):
        anemometer = tm.add(tg.Device("Jib anemometer"))
        service = tm.add(tg.Service("Advisory service"))
        model = tm.add(tg.Model("Gust prediction model", task="regressor", high_stakes=True))
        operator = tm.add(tg.Actor("Crane operator"))
    tm.flow(anemometer, service, wind, protocol="modbus")
    tm.flow(service, model, wind)
    tm.flow(model, service, gust)
    tm.flow(service, operator, shown)
    return tm


def test_a_gust_forecast_behind_a_stop_warning_goes_quiet_unseen() -> None:
    """'No fail-safe on the warning path ... If the model, edge computer ... fails, no
    warning comes' (set 144; named missing on three more designs)."""
    assert _open(_gusts("Stop-lift warning"), "ai/silent-detection-failure")


def test_a_forecast_shown_as_a_plain_figure_awaits_no_alarm() -> None:
    assert _open(_gusts("Gust figure"), "ai/silent-detection-failure") == []
