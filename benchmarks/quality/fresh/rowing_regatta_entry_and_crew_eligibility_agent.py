"""Rowing regatta entry and crew eligibility agent: the first design, before any security review.

A UK regatta organiser, with clubs entering from across Europe, replaces its spreadsheet
entries. Club entry secretaries sign in to a web entry portal and submit crews (event,
rowers by name and federation membership number, cox, substitutes). An LLM agent in the
organiser's cloud account checks each crew against the regatta rules (junior and masters
age categories, status points, lightweight declarations, one entry per event per rower),
looking rowers up in the national federation's membership register and our results
archive, records a verdict on the entry and e-mails the club about queries. Clean entries
are accepted by the agent; refusals and category changes wait for the entries committee
in an internal review console. The model is a hosted third-party API. Controls: portal
sign-in by e-mail and password, TLS, the federation API key in the secrets manager, a
step cap on the agent and encrypted database storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regatta entry and crew eligibility agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks regatta crew entries for eligibility with an LLM agent; "
    "committee approves refusals.",
)

# ---------------------------------------------------------------- data assets
crew_entry = tg.Data(
    "Crew entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Event, club, rower names, membership numbers, dates of birth of juniors "
    "and masters, lightweight declarations. Includes rowers under 18.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
entry_status = tg.Data(
    "Entry status and eligibility verdict",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted, queried or refused, with the agent's reasons.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the entry, rules excerpts and tool results.",
)
agent_completion = tg.Data(
    "Agent completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reasoning, tool calls and the drafted verdict.",
)
membership_query = tg.Data(
    "Membership lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
membership_record = tg.Data(
    "Federation membership record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Membership status, date of birth, club affiliation, rowing status points.",
)
regatta_rules = tg.Data(
    "Regatta rules and event criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published rules, event categories, age and status limits for this year.",
)
results_history = tg.Data(
    "Past results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Previous regatta results by rower, used for status and points checks.",
)
club_email = tg.Data(
    "Entry query e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Message to the club secretary asking about or explaining a decision.",
)
review_decision = tg.Data(
    "Committee decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Committee member's approval or change of a proposed refusal.",
)
federation_key = tg.Data(
    "Federation API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club volunteers who enter crews on behalf of their rowers.
    secretary = tm.add(tg.Actor("Club entry secretary", role="club volunteer"))

with tm.boundary("National federation", trust=tg.Trust.PARTNER):
    # The federation's membership register, reached over its partner API.
    federation = tm.add(
        tg.ExternalService(
            "Federation membership register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Authoritative membership, age and status data for registered rowers.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that does the reasoning for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling, behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers messages to clubs.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Regatta cloud account", trust=tg.Trust.INTERNAL):
    # Where clubs sign in and submit or amend crews.
    portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            description="Web app and API for club accounts: submit, amend, withdraw entries.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that works through each new or amended entry.
    agent = tm.add(
        tg.Agent(
            "Eligibility agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Checks each crew against the rules, looks rowers up, records a verdict "
            "and writes to the club.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(
                    approver="entries committee member",
                    note="refusals and category changes wait for the committee; "
                    "clean entries are accepted by the agent",
                ),
            },
        )
    )
    # Reads a rower's record from the federation register.
    membership_tool = tm.add(
        tg.Tool(
            "Membership lookup tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="API key in the cloud secrets manager")},
        )
    )
    # Searches our own archive of past results by rower.
    results_tool = tm.add(tg.Tool("Results search tool", capabilities={"read"}))
    # Writes the verdict and status on the entry.
    status_tool = tm.add(tg.Tool("Entry status tool", capabilities={"read", "write"}))
    # Sends a query or decision e-mail to the club's secretary.
    email_tool = tm.add(tg.Tool("Club e-mail tool", capabilities={"send-messages"}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for entries and their status.
        entries_db = tm.add(
            tg.DataStore(
                "Entries database",
                stores={crew_entry, entry_status, review_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # This year's rules, loaded by the regatta secretary before entries open.
        rules_store = tm.add(tg.DataStore("Regatta rules store", stores={regatta_rules}))
        # Results from previous regattas, imported from the old results spreadsheets.
        results_db = tm.add(tg.DataStore("Results archive", stores={results_history}))

with tm.boundary("Organiser office", trust=tg.Trust.INTERNAL):
    # Volunteer committee who rule on refusals and appeals.
    committee = tm.add(tg.Actor("Entries committee member", role="entries committee"))
    # Internal console listing entries the agent proposes to refuse or recategorise.
    console = tm.add(
        tg.Endpoint(
            "Committee review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(secretary, portal, crew_entry, protocol="https")
tm.flow(portal, secretary, entry_status, protocol="https")
tm.flow(portal, entries_db, crew_entry, label="save entry")
tm.flow(entries_db, portal, entry_status, label="entry list for the club")
tm.flow(entries_db, agent, crew_entry, label="new or amended entries")

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_completion, protocol="https", controls={tls})

tm.flow(rules_store, agent, regatta_rules, label="rules for the event")

tm.flow(agent, membership_tool, membership_query)
tm.flow(membership_tool, federation, membership_query, federation_key, protocol="https")
tm.flow(federation, membership_tool, membership_record, protocol="https")
tm.flow(membership_tool, agent, membership_record)

tm.flow(agent, results_tool, membership_query, label="rower name and club")
tm.flow(results_db, results_tool, results_history)
tm.flow(results_tool, agent, results_history)

tm.flow(agent, status_tool, entry_status)
tm.flow(status_tool, entries_db, entry_status)

tm.flow(agent, email_tool, club_email)
tm.flow(email_tool, mailer, club_email, protocol="https")
tm.flow(mailer, secretary, club_email, protocol="smtp+starttls")

tm.flow(entries_db, console, crew_entry, entry_status, label="entries awaiting review")
tm.flow(console, committee, crew_entry, entry_status, protocol="https")
tm.flow(committee, console, review_decision, protocol="https")
tm.flow(console, entries_db, review_decision)
