"""Orienteering event timing, results and competitor help agent: first design.

Our club runs about twenty events a year. Runners carry SportIdent (SI) punching
cards; at the finish they insert the card into a download station plugged by USB
into the results laptop in the finish tent, where the event software checks the
punches against the course, flags mispunches and computes results and splits. The
laptop uploads results over 4G to the club web platform, which publishes them.
Competitors enter on the club website (checkout at our payment provider). A chat
agent on the website, built on a hosted LLM, explains punches and mispunches, changes
entries and issues refunds under the club's refund policy. Competitors sign in with
a website account; refunds are capped at the fee paid; the payment webhook is
signature-checked; entries are encrypted at rest. Mispunch rulings stay with the
event officials at the results laptop.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Orienteering event timing, results and competitor agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="SI card finish download, results and splits, and an LLM agent that "
    "answers competitors and changes entries and refunds.",
)

# ---------------------------------------------------------------- data assets
entry_form = tg.Data(
    "Entry form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, club, age class, course, SI card number, e-mail, emergency contact.",
)
entries = tg.Data(
    "Entry records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
card_payment = tg.Data(
    "Entry fee card payment", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
payment_confirmation = tg.Data(
    "Payment confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Provider payment reference and amount for an entry.",
)
question = tg.Data("Competitor question", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with entry and punch context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, the competitor's entry and punch data.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
entry_change = tg.Data("Entry change request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
entry_change_result = tg.Data(
    "Entry change result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
punch_lookup = tg.Data(
    "Punch and result lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
punch_lookup_result = tg.Data(
    "Punches and splits for the competitor", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
refund_call = tg.Data("Refund request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_instruction = tg.Data(
    "Refund instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
start_list = tg.Data("Start list and entry export", kind="records", sensitivity=tg.Sensitivity.PII)
punches = tg.Data(
    "SI card punch records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Card number, control codes and punch times, start and finish times.",
)
courses = tg.Data(
    "Course and control definitions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Control order and codes per course; secret until the last start.",
)
rulings = tg.Data("Mispunch rulings", kind="records", sensitivity=tg.Sensitivity.PII)
results = tg.Data(
    "Results and splits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Published with names and clubs once the event is over.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a club website account (members and visiting runners).
    competitor = tm.add(tg.Actor("Competitor", role="runner"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes entry fees on its hosted checkout and executes refunds.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club web platform", trust=tg.Trust.INTERNAL):
    # Public website: online entry, live results pages and the chat widget.
    website = tm.add(
        tg.Endpoint(
            "Club entry and results website",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="club website account: e-mail and password")
            },
        )
    )
    # Answers competitor questions and acts on their entries.
    agent = tm.add(
        tg.Agent(
            "Competitor help agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Explains punches and mispunches, makes entry changes and refunds "
            "allowed by the club's entry rules without waiting for an organiser.",
        )
    )
    # Reads a competitor's punches, splits and result so the agent can explain them.
    lookup_tool = tm.add(tg.Tool("Punch and results lookup tool", capabilities={"read"}))
    # Changes course, class, SI card number or name on an entry before entries close.
    entry_tool = tm.add(tg.Tool("Entry change tool", capabilities={"read", "write"}))
    # Asks the payment provider to refund all or part of an entry fee.
    refund_tool = tm.add(
        tg.Tool(
            "Entry refund tool",
            capabilities={"money-movement"},
            controls={
                tg.controls.TransactionLimits(limit="at most the entry fee paid for that entry"),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Entries, competitor details and payment references for every event.
    entry_db = tm.add(
        tg.DataStore(
            "Entry database",
            stores={entries, payment_confirmation},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Receives results uploads from the finish tent and serves the results pages.
    publisher = tm.add(
        tg.Service(
            "Results publishing service",
            controls={tg.controls.Authentication(method="per-event upload key")},
        )
    )
    # Results, splits and raw punch data of every event.
    results_db = tm.add(tg.DataStore("Results database", stores={results, punches}))

with tm.boundary("Finish tent", trust=tg.Trust.INTERNAL):
    # SportIdent download station (BSM) reading runners' cards at the finish.
    si_station = tm.add(tg.Device("SI card download station", fleet=False))
    # Event software on the results laptop: checks punches, computes results and splits.
    event_software = tm.add(tg.Service("Event results software"))
    # Course file imported from the course planning software before the event.
    course_store = tm.add(tg.DataStore("Course definitions file", stores={courses}))
    # Organiser and controller: rule on mispunches and finalise results.
    officials = tm.add(
        tg.Actor("Event officials", role="organiser and controller", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Entering an event and paying
tm.flow(competitor, website, entry_form, protocol="https")
tm.flow(website, entry_db, entries)
tm.flow(competitor, payments, card_payment, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    website,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider signature checked by its SDK")},
)
tm.flow(website, entry_db, payment_confirmation)

# Asking the agent
tm.flow(competitor, website, question, protocol="https", label="chat")
tm.flow(website, agent, question)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, website, reply)
tm.flow(website, competitor, reply, protocol="https", label="chat")

tm.flow(agent, lookup_tool, punch_lookup)
tm.flow(results_db, lookup_tool, punches, results)
tm.flow(lookup_tool, agent, punch_lookup_result)

tm.flow(agent, entry_tool, entry_change)
tm.flow(entry_db, entry_tool, entries, label="current entry")
tm.flow(entry_tool, entry_db, entries, label="updated entry")
tm.flow(entry_tool, agent, entry_change_result)

tm.flow(agent, refund_tool, refund_call)
tm.flow(entry_db, refund_tool, payment_confirmation, label="payment reference and fee")
tm.flow(refund_tool, payments, refund_instruction, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, entry_db, refund_result, label="refund recorded on the entry")
tm.flow(refund_tool, agent, refund_result)

# Event day: finish download, results and publishing
tm.flow(
    entry_db,
    event_software,
    start_list,
    protocol="https",
    label="start list download before the event",
)
tm.flow(competitor, si_station, punches, label="inserts SI card at the finish")
tm.flow(si_station, event_software, punches, protocol="usb")
tm.flow(course_store, event_software, courses, protocol="local")
tm.flow(event_software, officials, punches, label="mispunch list on the results laptop")
tm.flow(officials, event_software, rulings, label="entered at the results laptop")
tm.flow(
    event_software, publisher, results, punches, protocol="https", label="results upload over 4G"
)
tm.flow(publisher, results_db, results, punches)
tm.flow(results_db, publisher, results)
tm.flow(publisher, website, results)
tm.flow(website, competitor, results, protocol="https", label="live results and splits")
