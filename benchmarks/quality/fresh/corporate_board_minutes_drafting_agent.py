"""Board minutes drafting agent: the first design, before any security review.

A listed company's secretariat wants help turning each board meeting into draft
minutes and an action list. After a meeting the company secretary uploads the
boardroom recording to a secretariat web app and starts a drafting job. An LLM
agent in the company's cloud tenant sends the audio to a vendor speech-to-text
API, reads the meeting's board pack from the board portal (a vendor SaaS), looks
up earlier approved minutes for house style, and asks a hosted LLM to write the
draft minutes and actions. Drafts land in a drafting store; the company secretary
edits and approves them in the app, which then files the approved minutes in the
board portal, where directors read them from their tablets.
Controls in this design: staff SSO with MFA on the secretariat app, role-based
access for the secretariat team, the secretary's approval before anything is
filed, encryption at rest in the drafting store, and TLS to every vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Board minutes drafting agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent drafting board minutes and action lists from recordings and board "
        "packs; the company secretary approves before filing to the board portal."
    ),
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Board meeting recording",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Audio of the full board meeting, including unannounced results and deals.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
transcript = tg.Data(
    "Meeting transcript", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
board_pack = tg.Data(
    "Board pack documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Papers from management, auditors and outside advisers for the meeting.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pack_request = tg.Data("Board pack request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
pack_result = tg.Data(
    "Board pack content", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prior_minutes = tg.Data(
    "Earlier approved minutes",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the transcript, board pack excerpts and example minutes.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
save_call = tg.Data("Save draft call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft minutes and action list",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
job = tg.Data("Drafting job request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
edits = tg.Data(
    "Secretary edits and approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approved = tg.Data(
    "Approved minutes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sso_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
director_login = tg.Data("Director login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Directors, several of them non-executive, read the portal from their own tablets.
    director = tm.add(tg.Actor("Board director", role="director"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the minutes: launches drafting, edits and approves.
    secretary = tm.add(tg.Actor("Company secretary", role="company secretary", privileged=True))
    # The boardroom AV system that records each meeting.
    av_recorder = tm.add(
        tg.DataSource(
            "Boardroom recording system",
            origin=tg.Origin.INTERNAL,
            provides={recording},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO used for staff sign-in to the secretariat app.
    idp = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("Board portal vendor", trust=tg.Trust.PARTNER):
    # SaaS board portal: holds board packs and the filed minutes directors read.
    portal = tm.add(
        tg.DataStore(
            "Board portal",
            stores={board_pack, approved},
            controls={
                c.Authentication(method="vendor login with MFA"),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
            },
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Turns the meeting audio into a speaker-labelled transcript.
    stt = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Writes the draft minutes and action list from the assembled prompt.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms with no training on our data")},
        )
    )

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Where the secretary uploads recordings, reviews drafts and approves filing.
    app = tm.add(
        tg.Endpoint(
            "Secretariat web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC SSO with MFA"),
                c.RBAC(note="secretariat team only"),
            },
        )
    )
    # Orchestrates a drafting job; nothing it writes is filed without approval.
    agent = tm.add(
        tg.Agent(
            "Minutes drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the company secretary")},
        )
    )
    # Fetches the board pack for the meeting through the portal's API.
    pack_reader = tm.add(tg.Tool("Board pack reader", capabilities={"read"}, origin="first-party"))
    # Saves the agent's draft into the drafting store.
    draft_writer = tm.add(tg.Tool("Draft saver", capabilities={"write"}, origin="first-party"))
    # Working copies: transcripts and drafts awaiting review.
    draft_store = tm.add(
        tg.DataStore(
            "Drafting store",
            stores={transcript, draft},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Earlier approved minutes, indexed so the agent can follow house style.
    minutes_index = tm.add(tg.VectorStore("Minutes archive index", stores={prior_minutes}))

# ---------------------------------------------------------------- flows
tm.flow(av_recorder, app, recording, protocol="https", label="upload after meeting")
tm.flow(secretary, idp, sso_token, protocol="https", label="sign in")
tm.flow(idp, app, sso_token, protocol="https")
tm.flow(secretary, app, job, edits, protocol="https")
tm.flow(app, secretary, draft, protocol="https")

tm.flow(app, agent, job, recording, label="start drafting job")
tm.flow(agent, stt, recording, protocol="https")
tm.flow(stt, agent, transcript, protocol="https")

tm.flow(agent, pack_reader, pack_request)
tm.flow(pack_reader, portal, pack_request, protocol="https")
tm.flow(portal, pack_reader, board_pack, protocol="https")
tm.flow(pack_reader, agent, pack_result)

tm.flow(agent, minutes_index, job, label="similar meetings")
tm.flow(minutes_index, agent, prior_minutes)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, draft_writer, save_call)
tm.flow(draft_writer, draft_store, transcript, draft)
tm.flow(draft_store, app, draft, transcript)
tm.flow(app, draft_store, edits, label="secretary edits")

tm.flow(app, portal, approved, protocol="https", label="file approved minutes")
tm.flow(app, minutes_index, approved, label="index approved minutes")
tm.flow(director, portal, director_login, protocol="https")
tm.flow(portal, director, board_pack, approved, protocol="https")
