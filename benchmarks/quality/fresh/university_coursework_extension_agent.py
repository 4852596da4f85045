"""Coursework extension agent: the first design, before any security review.

Students ask for coursework extensions through the student portal, signing in
with the university's single sign-on and MFA. They explain their circumstances
in a chat with an LLM agent and may upload evidence such as a doctor's note. The
agent runs in the university's cloud tenant and uses a model the cloud provider
hosts in that tenant. Through its tools it reads the extensions policy and the
student's support plan from the student records system. If the extension is
seven days or less, it writes the new deadline into the virtual learning
environment (VLE) itself. Longer requests go to the course leader, who decides
in the staff portal. Every decision is e-mailed to the student and written to a
decision log. Controls in this design are SSO with MFA on both portals, upload
checks, encryption of the evidence store, role-based access in the records
system and the staff portal, and the provider's default content filter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University coursework extension agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that grants short coursework extensions and refers longer ones.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("SSO sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("SSO identity token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
request = tg.Data(
    "Extension request",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="The student's account of their circumstances, the assessment and the days asked for.",
)
evidence = tg.Data(
    "Supporting evidence",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Uploaded doctor's notes and similar documents (health data).",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the conversation, the evidence text, policy and support plan.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
lookup_call = tg.Data("Records lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
policy = tg.Data("Extensions policy", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
support_plan = tg.Data(
    "Student support plan",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Agreed reasonable adjustments, often stemming from a disability or health condition.",
)
lookup_result = tg.Data(
    "Records lookup result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
deadline_call = tg.Data("Deadline change call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
deadline = tg.Data(
    "Assessment deadline",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
deadline_ack = tg.Data("Deadline change result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
referral_call = tg.Data("Referral call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
referral = tg.Data(
    "Extension referral",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The request, the agent's summary and a link to the evidence.",
)
decision = tg.Data("Extension decision", sensitivity=tg.Sensitivity.PII, kind="records")
notice = tg.Data("Decision e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
log_entry = tg.Data("Decision log entry", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any enrolled student, from their own device anywhere.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The university's identity provider, also used for staff.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))
    # The university's hosted e-mail, used to send decisions.
    mail = tm.add(tg.ExternalService("University mail service"))
    # Hosted VLE where coursework deadlines live.
    vle = tm.add(
        tg.Service(
            "Virtual learning environment",
            description="Vendor-hosted VLE; holds each student's assessment deadlines.",
        )
    )

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # Where students talk to the agent and upload evidence.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="University SSO with MFA"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # The LLM agent that assesses requests and acts on short extensions.
    agent = tm.add(
        tg.Agent(
            "Extension agent",
            autonomy="supervised",
            description="Decides extensions of up to seven days itself; refers longer ones.",
            controls={
                c.HumanInTheLoop(
                    approver="course leader",
                    above="7 days extension",
                    note="extensions of more than seven days go to the course leader",
                ),
            },
        )
    )
    # The model deployment the cloud provider runs in the university's tenant.
    llm = tm.add(
        tg.LLM(
            "Cloud LLM",
            origin="third-party-api",
            controls={
                c.Guardrails(note="the provider's default content filter"),
                c.SupplierAssessment(note="data processing agreement with the provider"),
            },
        )
    )
    # Keeps uploaded evidence for the agent and the course leader.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Agent tool: reads the policy and a student's support plan.
    lookup_tool = tm.add(tg.Tool("Student records lookup", capabilities={"read"}))
    # Agent tool: writes a new deadline into the VLE.
    deadline_tool = tm.add(tg.Tool("VLE deadline update", capabilities={"read", "write"}))
    # Agent tool: puts a longer request in the course leader's queue.
    referral_tool = tm.add(tg.Tool("Course leader referral", capabilities={"write"}))
    # Where course leaders see referrals and decide.
    staff_portal = tm.add(
        tg.Endpoint(
            "Staff portal",
            purpose="api",
            controls={
                c.Authentication(method="University SSO with MFA"),
                c.RBAC(note="course leaders see their own modules"),
            },
        )
    )
    # Sends decision e-mails and writes the decision log.
    notifier = tm.add(tg.Service("Decision notification service"))
    # Record of every decision, for appeals and quality assurance.
    decision_log = tm.add(tg.DataStore("Decision log", stores={log_entry}))

with tm.boundary("Campus data centre", trust=tg.Trust.INTERNAL):
    # The existing student records system, source of policy and support plans.
    records = tm.add(
        tg.DataStore(
            "Student records system",
            stores={support_plan, policy},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Decides extensions of more than seven days.
    course_leader = tm.add(tg.Actor("Course leader", role="academic staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, sign_in, protocol="https")
tm.flow(sso, student, id_token, protocol="https")
tm.flow(student, portal, id_token, request, evidence, protocol="https")
tm.flow(portal, student, reply, protocol="https")

tm.flow(portal, evidence_store, evidence)
tm.flow(portal, agent, request)
tm.flow(agent, portal, reply)
tm.flow(evidence_store, agent, evidence, label="reads uploaded evidence")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(lookup_tool, records, lookup_call, protocol="https")
tm.flow(records, lookup_tool, policy, support_plan, protocol="https")

tm.flow(agent, deadline_tool, deadline_call)
tm.flow(deadline_tool, agent, deadline_ack)
tm.flow(deadline_tool, vle, deadline, protocol="https", label="new deadline, up to 7 days")
tm.flow(vle, deadline_tool, deadline, protocol="https")

tm.flow(agent, referral_tool, referral_call)
tm.flow(referral_tool, staff_portal, referral, protocol="https")
tm.flow(staff_portal, course_leader, referral, protocol="https")
tm.flow(evidence_store, staff_portal, evidence, label="evidence shown to the course leader")
tm.flow(staff_portal, course_leader, evidence, protocol="https")
tm.flow(course_leader, staff_portal, decision, protocol="https")
tm.flow(staff_portal, vle, deadline, protocol="https", label="approved longer extension")

tm.flow(agent, notifier, decision)
tm.flow(staff_portal, notifier, decision)
tm.flow(notifier, decision_log, log_entry)
tm.flow(notifier, mail, notice, protocol="https")
tm.flow(mail, student, notice, protocol="smtp", label="decision e-mail")
