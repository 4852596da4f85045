"""Airport lost property assistant: the first design, before any security review.

Passengers who lost something at the airport or on board open a chat on the
airport website. No account is needed: the assistant asks what was lost, where
and when, and records a lost-item report with the passenger's contact details.
An LLM agent running in the airport's cloud tenant searches the found-item
records that the lost property office logs, and shows likely matches to the
passenger. When the passenger recognises an item, the agent queues either a
collection appointment at the desk (photo ID is checked there in person) or a
courier return to a home address. A lost property officer confirms every match
in the office console before anything is released; the console then books the
courier with a partner's API and e-mails the passenger a confirmation. The
model is a vendor-hosted LLM under a data processing agreement. The chat API is
rate limited, staff sign in with airport SSO, and record stores are encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport lost property assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Passenger chat that matches lost-item reports with found items "
    "and arranges collection or courier return.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Passenger chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Item description, where and when it was lost, flight number, name and contact.",
)
chat_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_query = tg.Data("Found-item search query", kind="tool-call")
search_results = tg.Data(
    "Candidate found items",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Item descriptions, where and when found, photos; some items carry owners' names.",
)
found_items = tg.Data(
    "Found-item records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Logged found items, including wallets, phones and identity documents.",
)
lost_report = tg.Data(
    "Lost-item report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The passenger's description of the item, flight, name, e-mail and phone.",
)
return_request = tg.Data(
    "Collection or courier request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Matched item id, collection slot or home delivery address.",
)
request_status = tg.Data("Request status", kind="tool-result")
match_confirmation = tg.Data("Match confirmation", kind="records")
shipment_order = tg.Data(
    "Courier shipment order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name, address, phone and parcel details.",
)
shipment_tracking = tg.Data("Shipment tracking details", kind="records")
confirmation_email = tg.Data(
    "Collection or delivery confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the airport website can start a chat; no sign-in.
    passenger = tm.add(tg.Actor("Passenger", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Courier partner", trust=tg.Trust.PARTNER):
    # Parcel carrier that picks up items from the office and delivers them.
    courier = tm.add(tg.ExternalService("Courier booking API"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for confirmations to passengers.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Airport cloud tenant", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Lost property chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="message length and character set limits"),
            },
        )
    )
    # LLM agent that runs the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Lost property agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Read-only search over the found-item records by category, date and terminal.
    search_tool = tm.add(tg.Tool("Found-item search tool", capabilities={"read"}))
    # Saves the passenger's lost-item report so staff can see it.
    report_tool = tm.add(tg.Tool("Lost report tool", capabilities={"write"}))
    # Queues a desk collection or courier return; nothing is released until staff confirm.
    return_tool = tm.add(
        tg.Tool(
            "Return arrangement tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="lost property officer, in the office console")},
        )
    )
    # Full conversation log, kept for complaints and quality checks.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Lost property records", trust=tg.Trust.RESTRICTED):
        # Items found in terminals and aircraft, logged by the office.
        found_db = tm.add(
            tg.DataStore(
                "Found-item database",
                stores={found_items},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Passengers' lost reports and their collection or courier requests.
        report_db = tm.add(
            tg.DataStore(
                "Lost report database",
                stores={lost_report, return_request},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=90),
                },
            )
        )

with tm.boundary("Airport corporate network", trust=tg.Trust.INTERNAL):
    # Office staff who log found items and confirm matches.
    officer = tm.add(tg.Actor("Lost property officer", role="lost property staff"))
    # Staff web console for logging items, reviewing reports and releasing items.
    console = tm.add(
        tg.Service(
            "Lost property office console",
            controls={c.Authentication(method="airport SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat_api, chat_message, protocol="https")
tm.flow(chat_api, passenger, chat_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, found_db, search_query)
tm.flow(found_db, search_tool, found_items)
tm.flow(search_tool, agent, search_results)

tm.flow(agent, report_tool, lost_report)
tm.flow(report_tool, report_db, lost_report)

tm.flow(agent, return_tool, return_request)
tm.flow(return_tool, report_db, return_request)
tm.flow(report_db, return_tool, request_status)
tm.flow(return_tool, agent, request_status)

tm.flow(officer, console, found_items, label="logs found items")
tm.flow(console, found_db, found_items)
tm.flow(found_db, console, found_items)
tm.flow(report_db, console, lost_report, return_request)
tm.flow(console, officer, lost_report, return_request)
tm.flow(officer, console, match_confirmation, label="confirms match and release")
tm.flow(console, report_db, match_confirmation)

tm.flow(console, courier, shipment_order, protocol="https")
tm.flow(courier, console, shipment_tracking, protocol="https")
tm.flow(console, mailer, confirmation_email, protocol="https")
tm.flow(mailer, passenger, confirmation_email, protocol="smtp")
