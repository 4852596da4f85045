"""Organ donor register enquiry chatbot: the first design, before any security review.

The national organ donation service puts a chatbot on its public website. Anyone can
ask it about donation (how opt-out works, faith and beliefs, living donation) and it
answers from the service's published guidance, indexed in a vector store, using a
hosted LLM. To check or change their registered decision a person first signs in
through the national health identity service (password plus SMS code); the chatbot
then reads their entry on the Organ Donor Register and, when they confirm a change in
the chat, records it and sends a confirmation e-mail through the government
notification service. Conversations about a relative who is dying or has died,
complaints and anything the bot cannot answer are handed to the contact centre as
cases with the transcript. Controls in this design: rate limiting on the chat API,
the LLM vendor's content filter, identity sign-in before register tools run,
role-based access, audit logging and encryption at rest on the register.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organ donor register enquiry chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot answering donation questions and updating registered decisions.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Public question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; people often mention their own or a relative's health or beliefs.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with guidance and register entry",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, retrieved guidance and, once signed in, the entry.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
guidance = tg.Data(
    "Published donation guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Web pages and leaflets on the law, the register, faith and beliefs.",
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
sign_in = tg.Data(
    "Identity sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Password and SMS code entered at the identity service.",
)
id_token = tg.Data(
    "Identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC ID token with the person's verified NHS number, name and date of birth.",
)
register_entry = tg.Data(
    "Registered donation decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Opt-in or opt-out, organs and tissue chosen, faith and beliefs declaration, "
    "appointed representatives, contact details.",
)
lookup_call = tg.Data("Register lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
update_call = tg.Data(
    "Decision change request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The new decision the agent assembled from the conversation.",
)
confirmation = tg.Data(
    "Decision change confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
handoff_case = tg.Data(
    "Handoff case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reason for handoff, contact details, summary and full transcript.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
staff_reply = tg.Data("Staff reply", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public, including bereaved relatives and people checking a decision.
    public = tm.add(tg.Actor("Member of the public", role="public user"))

with tm.boundary("National identity service", trust=tg.Trust.PARTNER):
    # Government health identity provider that verifies who the person is.
    idp = tm.add(
        tg.ExternalService(
            "Health identity service", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )
    # Government notification service used to send confirmation e-mails.
    notify = tm.add(tg.ExternalService("Government notification service"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted chat model in a UK region, used under the service's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Donation service cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Answers questions, runs register tools for signed-in people, hands cases to staff.
    agent = tm.add(
        tg.Agent(
            "Donor enquiry agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Records a decision change once the person confirms it in the chat.",
        )
    )
    # Index of the published guidance the answers are grounded in.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance, guidance_chunks}))
    # Reads the signed-in person's register entry.
    lookup_tool = tm.add(
        tg.Tool(
            "Register lookup tool",
            capabilities={"read"},
            description="Returns the register entry matching the NHS number in the "
            "signed-in person's identity token.",
            controls={
                c.Authentication(method="identity service OIDC token (password and SMS code)")
            },
        )
    )
    # Writes the changed decision and triggers the confirmation e-mail.
    update_tool = tm.add(
        tg.Tool(
            "Register update tool",
            capabilities={"write", "send-messages"},
            description="Updates the entry matching the NHS number in the signed-in "
            "person's identity token.",
            controls={
                c.Authentication(method="identity service OIDC token (password and SMS code)")
            },
        )
    )
    # Creates a case for the contact centre.
    handoff_tool = tm.add(tg.Tool("Staff handoff tool", capabilities={"write"}))
    # Full conversations, kept for quality review and complaints.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Register enclave", trust=tg.Trust.RESTRICTED):
        # The statutory national register of donation decisions.
        register = tm.add(
            tg.DataStore(
                "Organ Donor Register",
                stores={register_entry},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="KMS"),
                },
            )
        )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Case management system the contact centre works from.
    case_queue = tm.add(
        tg.DataStore(
            "Contact centre case queue",
            stores={handoff_case, staff_reply},
            controls={c.RBAC()},
        )
    )
    # Trained staff who take sensitive cases, including calls with bereaved families.
    staff = tm.add(
        tg.Actor(
            "Contact centre advisor",
            role="contact centre staff",
            controls={c.Authentication(method="smartcard and PIN")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(public, chat_api, question, protocol="https")
tm.flow(chat_api, public, answer, protocol="https")
tm.flow(public, idp, sign_in, protocol="https")
tm.flow(idp, chat_api, id_token, protocol="oidc")

tm.flow(chat_api, agent, question, id_token)
tm.flow(agent, chat_api, answer)
tm.flow(agent, guidance_index, question, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, lookup_tool, lookup_call, id_token)
tm.flow(lookup_tool, register, lookup_call)
tm.flow(register, lookup_tool, register_entry)
tm.flow(lookup_tool, agent, register_entry)

tm.flow(agent, update_tool, update_call, id_token)
tm.flow(update_tool, register, register_entry, label="write changed decision")
tm.flow(register, update_tool, register_entry, label="updated entry")
tm.flow(update_tool, agent, register_entry, label="update result")
tm.flow(update_tool, notify, confirmation, protocol="https")
tm.flow(notify, public, confirmation, protocol="smtp", label="confirmation e-mail")

tm.flow(agent, handoff_tool, handoff_case)
tm.flow(handoff_tool, case_queue, handoff_case)
tm.flow(case_queue, staff, handoff_case, protocol="https")
tm.flow(staff, case_queue, staff_reply, protocol="https", label="case notes")
tm.flow(staff, public, staff_reply, protocol="phone", label="call back")
