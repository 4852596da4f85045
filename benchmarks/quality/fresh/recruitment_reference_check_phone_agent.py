"""Reference-check phone agent: the first design, before any security review.

A staffing agency with offices in the Netherlands and Belgium wants its reference
checks done by a voice agent. Candidates enter their referees' names and phone
numbers in the candidate portal. When a recruiter starts a check from the
recruiter dashboard, an LLM agent in the agency's cloud account phones each
referee through a telephony provider, asks the agency's structured reference
questions, and a speech vendor turns the call audio into text and back. The
agent drafts a written reference from the answers; the recruiter reads and
approves the draft before it is attached to the candidate's file in the
applicant tracking system. Call audio and transcripts are kept encrypted for
180 days. Recruiters sign in with the company SSO and MFA, candidates with an
e-mail address and password; the dialer only calls referees recorded against
the candidate.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment reference-check phone agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Voice agent that phones candidates' referees and drafts references for recruiters.",
)

# ---------------------------------------------------------------- data assets
referee_details = tg.Data(
    "Referee contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Referee name, phone number, employer and relationship, with the candidate's consent.",
)
candidate_profile = tg.Data(
    "Candidate profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, role applied for, and the employment dates the referee should confirm.",
)
check_request = tg.Data("Reference check request", kind="records", sensitivity=tg.Sensitivity.PII)
questionnaire = tg.Data(
    "Reference questionnaire",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The agency's structured reference questions, per job family.",
)
call_request = tg.Data("Outbound call request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
call_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
agent_speech = tg.Data("Agent speech audio", kind="media", sensitivity=tg.Sensitivity.PII)
referee_utterance = tg.Data(
    "Referee speech transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the referee says, as text, turn by turn.",
)
agent_reply = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, questionnaire, candidate profile and the call so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
recording = tg.Data(
    "Call recording and transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
draft = tg.Data(
    "Draft reference",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's write-up of the referee's answers about the candidate.",
)
final_reference = tg.Data(
    "Approved reference",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Job seekers registered with the agency; they name their own referees.
    candidate = tm.add(tg.Actor("Candidate", role="job seeker"))
    # Former managers and colleagues; they only ever talk to the agent on the phone.
    referee = tm.add(tg.Actor("Referee", role="referee"))

with tm.boundary("Voice vendors", trust=tg.Trust.PARTNER):
    # Places the outbound calls and streams the call media to our voice gateway.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony provider",
            provides=tg.ExternalCategory.GENERIC,
            description="Programmable voice API; outbound calls from an agency number.",
        )
    )
    # Speech-to-text and text-to-speech for the live call.
    speech = tm.add(
        tg.ExternalService(
            "Speech service",
            provides=tg.ExternalCategory.MODEL_API,
            description="Streaming transcription and voice synthesis.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drives the conversation and writes the draft reference.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model under the vendor's EU data-processing terms.",
            controls={
                c.SupplierAssessment(note="DPA and EU data residency agreed with the vendor")
            },
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where candidates register and list their referees.
    portal = tm.add(
        tg.Endpoint(
            "Candidate portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail address and password"),
                c.InputValidation(note="phone numbers checked for format and country"),
            },
        )
    )
    # Where recruiters start checks and review drafts before they reach the file.
    dashboard = tm.add(
        tg.Endpoint(
            "Recruiter dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the recruiter who owns the candidate",
                    note="a draft is attached to the candidate file after the recruiter approves it",
                ),
            },
        )
    )
    # The LLM agent that runs each reference call and writes it up.
    agent = tm.add(
        tg.Agent(
            "Reference check agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Calls each referee in turn, asks the questionnaire, drafts the reference.",
            controls={
                c.CircuitBreaker(max_steps=60, note="call ended after 60 turns or 20 minutes")
            },
        )
    )
    # Bridges the telephony media stream, the speech service and the agent.
    gateway = tm.add(tg.Service("Voice gateway"))
    # Agent tool that starts an outbound call to one referee.
    dialer = tm.add(
        tg.Tool(
            "Referee dialer",
            capabilities={"send-messages", "network-egress"},
            description="Takes a referee id and dials the number stored for that referee.",
            controls={
                c.PolicyEnforcement(
                    rules="dials only numbers stored against the candidate's referees, weekdays 09:00-18:00"
                )
            },
        )
    )
    # Agent tool that saves the write-up as a draft for the recruiter.
    writeup = tm.add(tg.Tool("Reference write-up tool", capabilities={"write"}))
    # Drafts waiting for a recruiter's review.
    drafts = tm.add(tg.DataStore("Reference drafts", stores={draft}))
    # Recordings and transcripts kept for disputes and quality checks.
    recordings = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recording},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180),
            },
        )
    )
    # The agency's questionnaires, maintained by the compliance team.
    questions = tm.add(tg.DataStore("Question bank", stores={questionnaire}))

    with tm.boundary("Candidate data", trust=tg.Trust.RESTRICTED):
        # The system of record for candidates, referees and finished references.
        ats = tm.add(
            tg.DataStore(
                "Applicant tracking system",
                stores={candidate_profile, referee_details, final_reference},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Agency offices", trust=tg.Trust.INTERNAL):
    # Starts the check and approves the written reference.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(candidate, portal, referee_details, protocol="https", controls={tls})
tm.flow(portal, ats, referee_details)

tm.flow(recruiter, dashboard, check_request, protocol="https", controls={tls})
tm.flow(dashboard, agent, check_request)
tm.flow(ats, agent, candidate_profile, referee_details)
tm.flow(questions, agent, questionnaire)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, dialer, call_request)
tm.flow(ats, dialer, referee_details, label="number lookup")
tm.flow(dialer, telephony, call_request, protocol="https", controls={tls})
tm.flow(telephony, referee, agent_speech, protocol="pstn")
tm.flow(referee, telephony, call_audio, protocol="pstn")
tm.flow(telephony, gateway, call_audio, protocol="wss")
tm.flow(gateway, telephony, agent_speech, protocol="wss")
tm.flow(gateway, speech, call_audio, agent_reply, protocol="wss")
tm.flow(speech, gateway, referee_utterance, agent_speech, protocol="wss")
tm.flow(gateway, agent, referee_utterance)
tm.flow(agent, gateway, agent_reply)
tm.flow(gateway, recordings, recording)

tm.flow(agent, writeup, draft)
tm.flow(writeup, drafts, draft)
tm.flow(drafts, dashboard, draft)
tm.flow(dashboard, recruiter, draft, protocol="https", controls={tls})
tm.flow(recruiter, dashboard, final_reference, protocol="https", controls={tls}, label="approves")
tm.flow(dashboard, ats, final_reference)
tm.flow(recordings, dashboard, recording, label="playback on dispute")
