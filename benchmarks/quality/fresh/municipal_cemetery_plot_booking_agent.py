"""Municipal cemetery plot and cremation booking agent: the first design.

The city council's bereavement service adds an LLM agent to its partner portal
so that funeral directors can book burial plots and crematorium slots in a
conversation instead of by phone. The agent looks up plot and slot availability
in the burial register, checks the deceased's last address against council tax
records to decide whether the resident rate applies, books the slot in the
bereavement management system and raises the invoice to the funeral director's
account in the council finance system. The same agent answers families through
a public web chat about where a grave is and what the memorial rules allow.
Exhumations and purchases of exclusive burial rights in perpetuity go to a
bereavement officer, who approves them on a back-office console. The agent and
its tools run in the council's cloud tenancy and call a hosted LLM; the
register, council tax and finance systems stay on the council network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cemetery plot booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent on the bereavement partner portal that books burials and cremations, "
        "applies the resident rate and invoices funeral directors."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Funeral director booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Deceased's name and last address, date of death, service type and preferred date.",
)
family_question = tg.Data(
    "Family question",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Usually names the deceased and asks where the grave is or what memorial is allowed.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, conversation, tool results and retrieved rules.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
register_query = tg.Data("Register lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
register_result = tg.Data(
    "Plot availability and grave locations",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Free plots and slots, and grave section and number with the interred's name.",
)
burial_register = tg.Data(
    "Burial register",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Plots, interments, owners of exclusive burial rights and bookings.",
)
residency_query = tg.Data("Residency lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
residency_result = tg.Data(
    "Residency check result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
council_tax = tg.Data(
    "Council tax records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking = tg.Data("Plot or slot booking", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
invoice = tg.Data(
    "Burial or cremation invoice",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Funeral director account, fees at resident or non-resident rate.",
)
invoice_ref = tg.Data("Invoice reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
fd_accounts = tg.Data(
    "Funeral director accounts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
memorial_rules = tg.Data(
    "Cemetery regulations and memorial rules",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
)
approval_request = tg.Data(
    "Exhumation or perpetuity request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
officer_decision = tg.Data("Officer approval", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local funeral directors with a trade account on the partner portal.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))
    # Bereaved families and members of the public using the council website.
    family = tm.add(tg.Actor("Family member", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Funeral directors sign in here and chat with the booking agent.
    portal = tm.add(
        tg.Endpoint(
            "Bereavement partner portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Anonymous chat widget on the council's bereavement web pages.
    public_chat = tm.add(
        tg.Endpoint(
            "Bereavement web chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent: answers, checks availability and residency, books and invoices.
    agent = tm.add(
        tg.Agent(
            "Plot booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="a bereavement officer",
                    note="exhumations and purchases of burial rights in perpetuity only",
                ),
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Indexed regulations, fees and memorial rules the agent quotes from.
    rules_index = tm.add(tg.VectorStore("Memorial rules index", stores={memorial_rules}))
    # Reads free plots, crematorium slots and grave locations from the register.
    register_tool = tm.add(tg.Tool("Burial register lookup", capabilities={"read"}))
    # Looks up whether the deceased's last address was a council tax address in the city.
    residency_tool = tm.add(tg.Tool("Residency check", capabilities={"read"}))
    # Writes a booking for a plot or crematorium slot.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account limited to creating bookings")},
        )
    )
    # Raises an invoice against the funeral director's trade account.
    invoice_tool = tm.add(tg.Tool("Invoicing tool", capabilities={"write"}))

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # System of record for plots, interments, exclusive rights and bookings.
    bms = tm.add(
        tg.DataStore(
            "Bereavement management system",
            stores={burial_register},
            controls={c.RBAC()},
        )
    )
    # Accounts receivable, including funeral director trade accounts.
    finance = tm.add(
        tg.Service("Council finance system", description="Raises and collects invoices.")
    )
    # Officers review and approve exhumations and perpetuity purchases.
    officer_console = tm.add(
        tg.Endpoint(
            "Bereavement officer console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council SSO with MFA")},
        )
    )
    # Council staff who approve the cases the agent may not decide alone.
    officer = tm.add(tg.Actor("Bereavement officer", role="bereavement officer"))

    with tm.boundary("Revenues systems", trust=tg.Trust.RESTRICTED):
        # Council tax accounts, used only to confirm residency.
        council_tax_db = tm.add(
            tg.DataStore(
                "Council tax database",
                stores={council_tax},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
            )
        )

# ---------------------------------------------------------------- flows
# conversations
tm.flow(funeral_director, portal, booking_request, protocol="https")
tm.flow(portal, funeral_director, agent_reply, protocol="https")
tm.flow(family, public_chat, family_question, protocol="https")
tm.flow(public_chat, family, agent_reply, protocol="https")
tm.flow(portal, agent, booking_request)
tm.flow(agent, portal, agent_reply)
tm.flow(public_chat, agent, family_question)
tm.flow(agent, public_chat, agent_reply)

# reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(rules_index, agent, memorial_rules, label="retrieved rules")

# availability and grave locations
tm.flow(agent, register_tool, register_query)
tm.flow(register_tool, bms, register_query, protocol="https")
tm.flow(bms, register_tool, burial_register, protocol="https")
tm.flow(register_tool, agent, register_result)

# residency for the resident rate
tm.flow(agent, residency_tool, residency_query)
tm.flow(residency_tool, council_tax_db, residency_query, protocol="https")
tm.flow(council_tax_db, residency_tool, council_tax, protocol="https")
tm.flow(residency_tool, agent, residency_result)

# booking and invoicing
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, bms, booking, protocol="https")
tm.flow(bms, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)
tm.flow(agent, invoice_tool, invoice)
tm.flow(invoice_tool, finance, invoice, protocol="https")
tm.flow(finance, invoice_tool, invoice_ref, fd_accounts, protocol="https")
tm.flow(invoice_tool, agent, invoice_ref)

# officer approvals
tm.flow(agent, officer_console, approval_request, protocol="https")
tm.flow(officer_console, officer, approval_request, protocol="https")
tm.flow(officer, officer_console, officer_decision, protocol="https")
tm.flow(officer_console, bms, officer_decision, protocol="https")
tm.flow(officer_console, agent, officer_decision, protocol="https")
