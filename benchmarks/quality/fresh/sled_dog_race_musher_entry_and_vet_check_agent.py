"""Sled dog race musher entry and vet check agent: the first design, before any security review.

A long-distance sled dog race in northern Norway takes entries through a web
portal: mushers register, list their dog team (names, microchip numbers) and
upload vaccination certificates and qualifying-race results, and pay the entry
fee on a payment provider's hosted checkout. An LLM agent (a hosted model
behind a vendor API) checks each entry against the race rules and the vet
guidelines, chases missing documents by e-mail and drafts an accept/reject
decision that the race marshal approves in the portal. During the race,
veterinarians record dog exams on race-owned tablets at the checkpoints; the
agent summarises each team's vet notes and flags dogs for a closer look, and
the marshal decides any withdrawal. Everything runs in the race's cloud
account. Controls in this design: portal sign-in, upload checks, the marshal's
approval, disk encryption on the stores and a PIN on the tablets.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sled dog race musher entry and vet check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that reviews musher entries and summarises checkpoint vet checks.",
)

# ---------------------------------------------------------------- data assets
entry_form = tg.Data(
    "Musher entry form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, date of birth, emergency contact, kennel name.",
)
dog_roster = tg.Data(
    "Dog team roster",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dog names, microchip numbers, ages and breeds.",
)
certificates = tg.Data(
    "Uploaded certificates",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Vaccination certificates and qualifying-race results as PDF or photos.",
)
card_details = tg.Data("Card payment details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Entry fee payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
entry_status = tg.Data("Entry status", kind="records", sensitivity=tg.Sensitivity.PII)
vet_notes = tg.Data(
    "Checkpoint vet check notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Per-dog exam findings: hydration, feet, gait, weight, treatments given.",
)
dog_flags = tg.Data(
    "Dog health flags and team summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
race_rules = tg.Data(
    "Race rules and vet guidelines", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
agent_task = tg.Data("Entry review task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
record_call = tg.Data("Records tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
record_result = tg.Data("Records tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
draft_decision = tg.Data(
    "Draft entry decision", kind="model-output", sensitivity=tg.Sensitivity.PII
)
marshal_decision = tg.Data(
    "Marshal's entry and withdrawal decisions", kind="records", sensitivity=tg.Sensitivity.PII
)
musher_email = tg.Data("E-mail to musher", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an account and submit an entry.
    musher = tm.add(tg.Actor("Musher", role="race entrant"))
    # Hosted checkout: card data never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))
    # Transactional e-mail service that delivers notices to mushers.
    mail = tm.add(tg.ExternalService("E-mail delivery service", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with; prompts leave our account.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Race cloud account", trust=tg.Trust.INTERNAL):
    # Public web app for mushers; also the marshal's review pages.
    portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password for mushers; TOTP added for race officials"
                ),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
            },
        )
    )
    # Reviews entries and vet notes and drafts decisions; never accepts or withdraws alone.
    agent = tm.add(
        tg.Agent(
            "Entry and vet check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="race marshal",
                    note="entry acceptance, rejection and any dog withdrawal",
                )
            },
        )
    )
    # The agent's way into the race records: reads entries, documents and vet notes,
    # writes drafts and flags.
    records_tool = tm.add(
        tg.Tool("Race records tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Sends reminders about missing documents without waiting for the marshal.
    email_tool = tm.add(
        tg.Tool("Musher e-mail tool", capabilities={"send-messages"}, origin="first-party")
    )
    # The race rulebook and vet guidelines the agent checks entries against.
    rules_store = tm.add(tg.DataStore("Race rulebook store", stores={race_rules}))

    with tm.boundary("Race data tier", trust=tg.Trust.RESTRICTED):
        # Entries, rosters, payment state, drafts and the marshal's decisions.
        entry_db = tm.add(
            tg.DataStore(
                "Entry database",
                stores={
                    entry_form,
                    dog_roster,
                    payment_confirmation,
                    draft_decision,
                    marshal_decision,
                },
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )
        # Object storage for the certificates mushers upload.
        doc_bucket = tm.add(
            tg.DataStore(
                "Certificate upload bucket",
                stores={certificates},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )
        # Vet notes synced from the checkpoints, and the agent's flags for the vets.
        health_store = tm.add(
            tg.DataStore(
                "Dog health record store",
                stores={vet_notes, dog_flags},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )

with tm.boundary("Checkpoint field kit", trust=tg.Trust.INTERNAL):
    # Race veterinarians examine every team at each checkpoint.
    vet = tm.add(tg.Actor("Race veterinarian", role="veterinarian"))
    # Race-owned tablets; they sync over LTE or satellite when a link is up.
    tablet = tm.add(
        tg.Device(
            "Checkpoint vet tablet",
            fleet=True,
            controls={c.Authentication(method="device PIN")},
        )
    )

with tm.boundary("Race office", trust=tg.Trust.INTERNAL):
    # Has the final word on entries and on withdrawing dogs.
    marshal = tm.add(tg.Actor("Race marshal", role="race official", privileged=True))

# ---------------------------------------------------------------- flows
# Entry and payment
tm.flow(musher, portal, entry_form, dog_roster, certificates, protocol="https")
tm.flow(portal, entry_db, entry_form, dog_roster)
tm.flow(portal, doc_bucket, certificates)
tm.flow(musher, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, portal, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(portal, entry_db, payment_confirmation)
tm.flow(entry_db, portal, entry_status)
tm.flow(portal, musher, entry_status, protocol="https")

# Agent review
tm.flow(portal, agent, agent_task, label="new or updated entry")
tm.flow(rules_store, agent, race_rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, records_tool, record_call)
tm.flow(records_tool, agent, record_result)
tm.flow(entry_db, records_tool, entry_form, dog_roster)
tm.flow(doc_bucket, records_tool, certificates)
tm.flow(health_store, records_tool, vet_notes)
tm.flow(records_tool, entry_db, draft_decision)
tm.flow(records_tool, health_store, dog_flags)
tm.flow(agent, email_tool, musher_email)
tm.flow(email_tool, mail, musher_email, protocol="https")
tm.flow(mail, musher, musher_email, protocol="smtp")

# Marshal review
tm.flow(entry_db, portal, draft_decision)
tm.flow(health_store, portal, dog_flags)
tm.flow(portal, marshal, draft_decision, dog_flags, protocol="https")
tm.flow(marshal, portal, marshal_decision, protocol="https")
tm.flow(portal, entry_db, marshal_decision)

# Checkpoint vet checks
tm.flow(vet, tablet, vet_notes, label="exam entered at the checkpoint")
tm.flow(tablet, health_store, vet_notes, protocol="https", label="sync over LTE or satellite")
tm.flow(health_store, tablet, vet_notes, dog_flags, protocol="https")
tm.flow(tablet, vet, vet_notes, dog_flags, label="shown at the checkpoint")
