"""Corporate travel policy chatbot: the first design, before any security review.

Employees open the travel assistant on the intranet, signed in through the
company's identity provider (OIDC). An agent answers travel-policy questions from
the policy handbook, which a nightly job chunks and embeds from the HR document
library into a vector store. It reads the employee's past trips from the expense
system through a read-only lookup tool, and books flights and hotels through the
travel agency's API with a booking tool. Bookings are charged to the company's
lodged card at the agency; we never see card numbers. The booking tool enforces
the travel policy's caps and books only after the employee confirms the itinerary
in the chat. The LLM is a hosted model behind the vendor's API, with the vendor's
content filter on. API keys for the expense system and the agency are kept in the
vault; bookings are audit-logged and transcripts are stored for 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Corporate travel policy chatbot",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Answers employees' travel-policy questions, checks their past trips and books "
        "flights and hotels within policy through the travel agency."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Employee message", kind="prompt", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, policy excerpts and trip history.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
handbook = tg.Data("Travel policy handbook", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
policy_chunks = tg.Data(
    "Policy chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
trip_query = tg.Data("Trip history query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
trips = tg.Data(
    "Past trips and expense reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Destinations, dates, amounts and cost centres of the employee's trips.",
)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Traveller name, date of birth, passport details for international trips, "
    "loyalty numbers, itinerary and cost centre.",
)
confirmation = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The employee planning a trip or asking about the policy.
    employee = tm.add(tg.Actor("Employee", role="employee"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The company's SSO; the chat signs employees in and gets their employee id and grade.
    idp = tm.add(tg.ExternalService("Corporate identity provider", provides="identity-provider"))

with tm.boundary("Internal apps VPC", trust=tg.Trust.INTERNAL):
    # The chat API behind the intranet page.
    chat_api = tm.add(
        tg.Endpoint(
            "Travel chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC")},
        )
    )
    # Plans each turn: retrieves policy, calls tools, drafts answers and bookings.
    agent = tm.add(tg.Agent("Travel assistant agent", autonomy=tg.Autonomy.SUPERVISED))
    # Policy handbook embeddings used to answer questions.
    policy_index = tm.add(tg.VectorStore("Policy vector store", stores={policy_chunks}))
    # Nightly job that chunks and embeds the handbook.
    indexer = tm.add(tg.Pipeline("Handbook indexing job", stage=tg.Stage.INGESTION))
    # Looks up the signed-in employee's past trips.
    expense_tool = tm.add(
        tg.Tool(
            "Expense lookup tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.SecretsManagement()},
        )
    )
    # Creates flight and hotel bookings at the agency.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write", "money-movement"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.TransactionLimits(limit="travel policy caps per trip by grade and city"),
                c.HumanInTheLoop(approver="the travelling employee, in the chat"),
                c.SecretsManagement(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Conversation history, kept for support and policy questions.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store", stores={transcripts}, controls={c.RetentionLimits(days=90)}
        )
    )

with tm.boundary("HR document library", trust=tg.Trust.INTERNAL):
    # Where HR publishes the travel policy handbook.
    handbook_source = tm.add(tg.DataSource("Policy handbook library", provides={handbook}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the answers and picks tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # The company's expense management SaaS.
    expense_system = tm.add(tg.ExternalService("Expense system"))
    # The contracted travel management company's booking API.
    agency_api = tm.add(tg.ExternalService("Travel agency API"))

# ---------------------------------------------------------------- flows
tm.flow(employee, idp, id_token, protocol="https", label="sign-in")
tm.flow(idp, chat_api, id_token, protocol="https")
tm.flow(employee, chat_api, question, protocol="https")
tm.flow(chat_api, employee, answer, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, answer)

tm.flow(handbook_source, indexer, handbook, protocol="https")
tm.flow(indexer, policy_index, policy_chunks)
tm.flow(agent, policy_index, question, label="similarity query")
tm.flow(policy_index, agent, policy_chunks)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, expense_tool, trip_query)
tm.flow(expense_tool, expense_system, trip_query, protocol="https")
tm.flow(expense_system, expense_tool, trips, protocol="https")
tm.flow(expense_tool, agent, trips)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agency_api, booking_request, protocol="https")
tm.flow(agency_api, booking_tool, confirmation, protocol="https")
tm.flow(booking_tool, agent, confirmation)

tm.flow(agent, transcript_store, transcripts)
