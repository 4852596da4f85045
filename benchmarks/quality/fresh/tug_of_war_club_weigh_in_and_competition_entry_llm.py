"""Tug of war club weigh-in and competition entry assistant: the first design.

A UK tug of war club runs a small web portal for its pullers and its secretary.
At club weigh-ins a Bluetooth scale paired to the club tablet posts each puller's
weight to the portal. Before a competition the secretary asks an entry assistant,
built on a vendor-hosted LLM, to draft team line-ups that fit each weight class
(640 kg, 680 kg, junior and mixed classes) from the member register and recent
weigh-ins, and to fill in the entry form; it answers rules questions from an
index of the national association's rulebook. The secretary reviews and submits
each entry, which the portal sends to the association's competition entry API,
and line-ups are e-mailed to team captains. Members and the secretary sign in
with e-mail and password; the secretary's account has role-based rights.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tug of war club weigh-in and competition entry LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Club portal that records weigh-ins and drafts weight-class line-ups and entries.",
)

# ---------------------------------------------------------------- data assets
member_profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth (for junior classes), sex (for mixed teams), contact details.",
)
weight_reading = tg.Data(
    "Scale weight reading",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A puller's body weight with the date and tablet it came from.",
)
weigh_in_history = tg.Data("Weigh-in history", kind="records", sensitivity=tg.Sensitivity.PII)
secretary_request = tg.Data(
    "Secretary request",
    kind="prompt",
    description="For example: draft two 640 kg teams for the county championships.",
)
entry_prompt = tg.Data(
    "Line-up prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, eligible pullers with ages and latest weights, rule extracts.",
)
suggested_lineup = tg.Data(
    "Suggested line-up and entry form",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
rules_context = tg.Data(
    "Rulebook extracts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
rulebook = tg.Data("Association rulebook", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
entry_draft = tg.Data("Competition entry draft", kind="records", sensitivity=tg.Sensitivity.PII)
submitted_entry = tg.Data(
    "Submitted competition entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Team, weight class, pullers' names, dates of birth and declared weights.",
)
entry_receipt = tg.Data("Entry confirmation", kind="records")
captain_email = tg.Data("Line-up e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pullers keep their own profile up to date and see their weigh-ins.
    member = tm.add(tg.Actor("Club member", role="puller"))
    # Volunteer who enters the club into competitions.
    secretary = tm.add(tg.Actor("Club secretary", role="competition secretary"))
    # Team captains get the chosen line-up by e-mail.
    captain = tm.add(tg.Actor("Team captain", role="captain"))
    # Published rulebook and weight-class rules, downloaded as PDF.
    rulebook_site = tm.add(
        tg.DataSource(
            "Association rules web page",
            origin=tg.Origin.PUBLIC_WEB,
            provides={rulebook},
        )
    )

with tm.boundary("Club hall", trust=tg.Trust.INTERNAL):
    # The club's one scale and tablet used at weigh-in nights.
    scale_tablet = tm.add(
        tg.Device(
            "Weigh-in scale and tablet",
            fleet=False,
            description="Bluetooth platform scale paired to a club tablet running the portal app.",
        )
    )

with tm.boundary("Partners", trust=tg.Trust.PARTNER):
    # Vendor-hosted model that drafts line-ups and answers rules questions.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # The national association's online entry system.
    entry_api = tm.add(
        tg.ExternalService(
            "Association competition entry API",
            description="Takes team entries per competition and weight class; the club has one API key.",
        )
    )
    # Transactional e-mail service.
    email = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Club cloud app", trust=tg.Trust.INTERNAL):
    # Single web front door for members, the secretary and the tablet.
    portal = tm.add(
        tg.Endpoint(
            "Club portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="member and secretary roles"),
                c.InputValidation(note="weights must be 40-200 kg"),
            },
        )
    )
    # Builds prompts, calls the LLM and keeps entry drafts.
    assistant = tm.add(
        tg.Service(
            "Entry assistant",
            description="Retrieves members, weights and rules, calls the LLM, saves drafts, "
            "and submits an entry when the secretary presses submit.",
            controls={
                c.HumanInTheLoop(approver="club secretary", note="reviews and submits every entry")
            },
        )
    )
    # Downloads and chunks the rulebook when a new edition is published.
    rules_ingest = tm.add(tg.Pipeline("Rulebook indexing job", stage=tg.Stage.INGESTION))
    # Searchable chunks of the rulebook.
    rules_index = tm.add(tg.VectorStore("Rulebook index", stores={rules_context}))
    # Members and their weigh-ins.
    register = tm.add(
        tg.DataStore(
            "Member register",
            stores={member_profile, weigh_in_history},
            controls={c.EncryptionAtRest(key_management="managed database default encryption")},
        )
    )
    # Drafts and submitted entries, kept for the season.
    entries = tm.add(
        tg.DataStore("Entry store", stores={entry_draft, submitted_entry, entry_receipt})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, portal, member_profile, protocol="https", controls={tls})
tm.flow(portal, member, member_profile, weigh_in_history, protocol="https", controls={tls})
tm.flow(scale_tablet, portal, weight_reading, protocol="https", controls={tls})
tm.flow(portal, register, member_profile, weight_reading)
tm.flow(register, portal, member_profile, weigh_in_history)

tm.flow(secretary, portal, secretary_request, protocol="https", controls={tls})
tm.flow(portal, assistant, secretary_request)
tm.flow(register, assistant, member_profile, weigh_in_history)
tm.flow(assistant, rules_index, secretary_request, label="rules search")
tm.flow(rules_index, assistant, rules_context)
tm.flow(assistant, llm, entry_prompt, protocol="https", controls={tls})
tm.flow(llm, assistant, suggested_lineup, protocol="https", controls={tls})
tm.flow(assistant, entries, entry_draft)
tm.flow(entries, assistant, entry_draft)
tm.flow(assistant, portal, suggested_lineup)
tm.flow(portal, secretary, suggested_lineup, protocol="https", controls={tls})

tm.flow(
    assistant, entry_api, submitted_entry, protocol="https", controls={tls}, label="submit entry"
)
tm.flow(entry_api, assistant, entry_receipt, protocol="https", controls={tls})
tm.flow(assistant, entries, submitted_entry, entry_receipt)
tm.flow(assistant, email, captain_email, protocol="https", controls={tls})
tm.flow(email, captain, captain_email, protocol="smtp")

tm.flow(rulebook_site, rules_ingest, rulebook, protocol="https")
tm.flow(rules_ingest, rules_index, rules_context)
