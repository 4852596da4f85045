"""Trade union members' chatbot: the first design, before any security review.

Members of the union sign in to the members' portal and ask the chatbot about their
rights at work: pay, hours, sickness absence, disciplinary and grievance procedures.
An LLM agent run by the union answers from the union's published and internal guides
(searched in a vector index built from the guides library) and, where the question is
about the member's own situation, from that member's case history in the casework
system. When a question needs a person, or the member asks for one, the agent files a
handover in the casework system for the workplace or regional rep to pick up; the rep
then contacts the member. The language model is a vendor's hosted API. The portal
needs a sign-in (e-mail and password) and has a per-member request quota; traffic to
the portal and the vendor is TLS; the casework system is encrypted at rest, role-based
for reps and audit-logged. Chat transcripts are kept for quality review. Runs in the
union's cloud tenancy; reps and the policy team work from the union's office network.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Trade union member query chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Members' chatbot answering rights-at-work questions from union guides and "
    "the member's case history, handing over to reps.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Member question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about the member's job, employer and problem at work.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with guides and case context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the question, guide passages and case history excerpts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
guides = tg.Data(
    "Rights-at-work guides",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Public guides plus internal negotiating and bargaining notes.",
)
guide_chunks = tg.Data(
    "Guide passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
guide_query = tg.Data("Guide search query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
case_lookup = tg.Data(
    "Case history lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The membership number the agent passes to the tool.",
)
case_history = tg.Data(
    "Member case history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Union membership (GDPR Art. 9), employer, disputes, disciplinary and "
    "health details, rep notes.",
)
handover = tg.Data(
    "Rep handover note",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Summary of the member's problem written by the agent for the rep.",
)
rep_notes = tg.Data("Rep case notes", kind="records", sensitivity=tg.Sensitivity.REGULATED)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Union members on their own phones and home computers.
    member = tm.add(tg.Actor("Union member", role="member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted chat model; the agent calls it over its public API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Union cloud tenancy", trust=tg.Trust.INTERNAL):
    # The members' portal chat API: the only way in for members.
    chat = tm.add(
        tg.Endpoint(
            "Members' portal chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent: decides whether to search guides, read the case history or hand over.
    agent = tm.add(
        tg.Agent(
            "Member query agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers members directly and files handovers without a person "
            "checking first.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Searches the guides index for passages relevant to the question.
    guide_tool = tm.add(tg.Tool("Guide search tool", capabilities={"read"}))
    # Reads a member's case history from the casework system.
    case_tool = tm.add(
        tg.Tool(
            "Case history tool",
            capabilities={"read"},
            description="Reads the cases for the membership number it is given, using "
            "the casework system's integration account.",
        )
    )
    # Files a handover for a rep in the casework system's referral queue.
    handover_tool = tm.add(tg.Tool("Rep handover tool", capabilities={"write"}))
    # Vector index of the guides, rebuilt when the guides change.
    guide_index = tm.add(tg.VectorStore("Guides vector index", stores={guide_chunks}))
    # Chunks and embeds the guides library into the index.
    indexer = tm.add(tg.Pipeline("Guide indexing pipeline", stage=tg.Stage.INGESTION))
    # Transcripts kept so the member services team can review answers.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Casework zone", trust=tg.Trust.RESTRICTED):
        # The union's system of record for members' cases and rep referrals.
        casework = tm.add(
            tg.DataStore(
                "Casework system",
                stores={case_history, handover, rep_notes},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Union office network", trust=tg.Trust.INTERNAL):
    # Workplace and regional reps who take over members' cases.
    rep = tm.add(tg.Actor("Union rep", role="rep"))
    # The policy team writes and updates the guides.
    policy_officer = tm.add(tg.Actor("Policy officer", role="staff"))
    # Document library holding the guides.
    guides_library = tm.add(tg.DataStore("Guides library", stores={guides}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, chat, question, protocol="https", controls={tls})
tm.flow(chat, member, answer, protocol="https", controls={tls})
tm.flow(chat, agent, question)
tm.flow(agent, chat, answer)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, guide_tool, guide_query)
tm.flow(guide_tool, guide_index, guide_query, label="similarity search")
tm.flow(guide_index, guide_tool, guide_chunks)
tm.flow(guide_tool, agent, guide_chunks)

tm.flow(agent, case_tool, case_lookup)
tm.flow(case_tool, casework, case_lookup, protocol="https")
tm.flow(casework, case_tool, case_history, protocol="https")
tm.flow(case_tool, agent, case_history)

tm.flow(agent, handover_tool, handover)
tm.flow(handover_tool, casework, handover, protocol="https", label="referral queue")

tm.flow(agent, transcript_store, transcripts)

tm.flow(casework, rep, case_history, handover, protocol="https", label="referral queue")
tm.flow(rep, casework, rep_notes, protocol="https")

tm.flow(policy_officer, guides_library, guides, protocol="https")
tm.flow(guides_library, indexer, guides, protocol="https")
tm.flow(indexer, guide_index, guide_chunks)
