"""Avalanche search dog association: training log and deployment agent (first design).

A volunteer avalanche search dog association in Tyrol runs a small web portal for
its members. Dog handlers type free-text notes after each training session and the
association's training officers record certification results; an LLM agent turns the
notes into structured training log entries and keeps each team's certification status.
When a ski patrol requests search dog teams, its dispatcher posts the callout to a
request endpoint; the agent checks who is on call and certified, and drafts a proposal
of handler and dog teams. The on-duty deployment coordinator approves the proposal in
the portal before the agent's notification tool sends SMS callouts to the handlers.
Everything runs in the association's cloud tenant; the language model is a vendor's
hosted API. Members sign in with e-mail and password, the ski patrol with an API key,
training officers alone may record certifications, and the database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Avalanche search dog training log and deployment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Logs dog team training and certification, and proposes which handler and dog "
        "teams to send when a ski patrol requests them."
    ),
)

# ---------------------------------------------------------------- data assets
training_notes = tg.Data(
    "Training session notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Handler's free text: date, site, dog, exercise, burial depth, find times.",
)
certification_results = tg.Data(
    "Certification results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Assessor's pass or fail per dog team and level, with the expiry date.",
)
training_log = tg.Data(
    "Training log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
availability = tg.Data(
    "On-call availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which handlers and dogs are on call, where they are and how fast they can reach a lift.",
)
handler_contacts = tg.Data(
    "Handler contact details", kind="records", sensitivity=tg.Sensitivity.PII
)
callout_request = tg.Data(
    "Ski patrol callout request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Avalanche site, number of missing persons, access route, teams wanted.",
)
callout_confirmation = tg.Data(
    "Callout confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Teams dispatched, handler names and expected arrival.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data(
    "Deployment proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked handler and dog teams with the reasons for each.",
)
approval = tg.Data("Coordinator approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
log_call = tg.Data("Training log tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
log_result = tg.Data("Training log tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
roster_call = tg.Data("Roster lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
roster_result = tg.Data("Roster lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
callout_sms = tg.Data(
    "Callout SMS",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site, meeting point and the lift or helicopter pick-up for each handler.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer handlers log training and set their availability from their phones.
    handler = tm.add(tg.Actor("Dog handler", role="volunteer handler"))
    # Senior handlers who assess certification exercises and record the results.
    training_officer = tm.add(tg.Actor("Training officer", role="certification assessor"))
    # The volunteer on duty who approves each deployment proposal, usually from home.
    coordinator = tm.add(tg.Actor("Deployment coordinator", role="on-duty coordinator"))

with tm.boundary("Ski patrol operations", trust=tg.Trust.PARTNER):
    # The ski area's patrol dispatch, which requests search dog teams after an avalanche.
    dispatcher = tm.add(tg.Actor("Ski patrol dispatcher", role="patrol dispatcher"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway; handlers are alerted on their mobile phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="The vendor's chat completion API, called with the association's key.",
        )
    )

with tm.boundary("Association cloud tenant", trust=tg.Trust.INTERNAL):
    # The members' web portal: training notes, certifications, availability, approvals.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="only training officers may record certification results"),
            },
        )
    )
    # Where the ski patrol's dispatch system posts callouts and reads the confirmation.
    request_api = tm.add(
        tg.Endpoint(
            "Callout request endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static API key issued to the ski patrol")},
        )
    )
    # The LLM agent: structures training notes and drafts deployment proposals.
    agent = tm.add(
        tg.Agent(
            "Training and deployment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Writes log entries itself; callouts wait for the coordinator.",
        )
    )
    # Reads and writes training log entries and certification records.
    log_tool = tm.add(tg.Tool("Training log tool", capabilities={"read", "write"}))
    # Reads who is on call and certified for the proposal.
    roster_tool = tm.add(tg.Tool("Roster lookup tool", capabilities={"read"}))
    # Sends the SMS callouts once a proposal is approved.
    notify_tool = tm.add(
        tg.Tool(
            "Callout notification tool",
            capabilities={"send-messages"},
            controls={c.HumanInTheLoop(approver="on-duty deployment coordinator")},
        )
    )
    # The association's record of training and certification per dog team.
    training_db = tm.add(
        tg.DataStore(
            "Training and certification database",
            stores={training_log, certification_results, handler_contacts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Current on-call status of each handler and dog, set by the handlers.
    roster = tm.add(tg.DataStore("On-call roster", stores={availability}))

# ---------------------------------------------------------------- flows
# training logging
tm.flow(handler, portal, training_notes, availability, protocol="https")
tm.flow(portal, handler, training_log, protocol="https", label="training history")
tm.flow(training_officer, portal, certification_results, protocol="https")
tm.flow(portal, training_officer, training_log, certification_results, protocol="https")
tm.flow(portal, agent, training_notes, certification_results)
tm.flow(portal, roster, availability, label="handler sets on-call status")

# the agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# tools
tm.flow(agent, log_tool, log_call)
tm.flow(log_tool, agent, log_result)
tm.flow(log_tool, training_db, training_log, certification_results)
tm.flow(training_db, log_tool, training_log, certification_results)
tm.flow(agent, roster_tool, roster_call)
tm.flow(roster_tool, agent, roster_result)
tm.flow(roster, roster_tool, availability)
tm.flow(training_db, roster_tool, certification_results, handler_contacts)

# callouts
tm.flow(dispatcher, request_api, callout_request, protocol="https")
tm.flow(request_api, agent, callout_request)
tm.flow(agent, portal, proposal)
tm.flow(portal, coordinator, proposal, protocol="https")
tm.flow(coordinator, portal, approval, protocol="https")
tm.flow(portal, agent, approval)
tm.flow(agent, notify_tool, callout_sms)
tm.flow(notify_tool, sms_gateway, callout_sms, protocol="https")
tm.flow(sms_gateway, handler, callout_sms, protocol="sms")
tm.flow(agent, request_api, callout_confirmation)
tm.flow(request_api, dispatcher, callout_confirmation, protocol="https")
