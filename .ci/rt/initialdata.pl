# Shiftdesk's RT test data, inserted by seed.sh with
#   rt-setup-database-5 --action insert --datafile .ci/rt/initialdata.pl
# after RT's own `--action init`. REST2 in RT 5.0.3 cannot grant rights, so rights are here.
#
# What the connector tests can rely on:
#   queue  "Support"  the queue Shiftdesk follows
#   queue  "Billing"  a queue Shiftdesk does not follow (for tickets moved away)
#   queue  "Bench"    followed by the sync benchmark only
#   user   shiftdesk-staff / staff-password    privileged agent; REST2 token in $RT_STATE_DIR/token
#   user   shiftdesk-agent2 / agent2-password  a second privileged agent (owner changes, steals);
#                                              token in $RT_STATE_DIR/token-agent2
#   user   customer / customer-password        unprivileged requestor, customer@shiftdesk.test
#   group  "Shiftdesk Staff"                   both agents; holds the queue rights on both queues
#   ticket custom fields, applied to both queues:
#          "Shiftdesk Client Id"  FreeformSingle (Shiftdesk's id, for idempotent pushes)
#          "Shiftdesk Type"       SelectSingle: our case type keys (request_for_service, admin_task,
#                                 enhancement, bug)
#          "Shiftdesk Status"     SelectSingle: our 12 statuses, exact (RT's lifecycle is coarser)

my @staff_rights = qw(
    SeeQueue ShowTicket CreateTicket ReplyToTicket CommentOnTicket ModifyTicket
    OwnTicket TakeTicket StealTicket ShowTicketComments ShowOutgoingEmail
    Watch WatchAsAdminCc
);
my @cfs = ('Shiftdesk Client Id', 'Shiftdesk Type', 'Shiftdesk Status');
my @types = qw(request_for_service admin_task enhancement bug);
my @statuses = qw(
    new assigned pending_input pending_product pending_development pending_release
    moved_to_staging staging_pass staging_fail resolved pending_closure closed
);
my $order = 0;

@Groups = (
    { Name => 'Shiftdesk Staff', Description => 'Agents using Shiftdesk (CI test data)' },
);

@Users = (
    {   Name         => 'shiftdesk-staff',
        RealName     => 'Shiftdesk Staff',
        EmailAddress => 'staff@shiftdesk.test',
        Password     => 'staff-password',
        Privileged   => 1,
        MemberOf     => 'Shiftdesk Staff',
    },
    {   Name         => 'shiftdesk-agent2',
        RealName     => 'Second Agent',
        EmailAddress => 'agent2@shiftdesk.test',
        Password     => 'agent2-password',
        Privileged   => 1,
        MemberOf     => 'Shiftdesk Staff',
    },
    {   Name         => 'customer',
        RealName     => 'Carla Customer',
        EmailAddress => 'customer@shiftdesk.test',
        Password     => 'customer-password',
        Privileged   => 0,
    },
);

@Queues = (
    {   Name              => 'Support',
        Description       => 'Followed by Shiftdesk',
        CorrespondAddress => 'support@shiftdesk.test',
        CommentAddress    => 'support-comment@shiftdesk.test',
    },
    {   Name              => 'Billing',
        Description       => 'Not followed by Shiftdesk',
        CorrespondAddress => 'billing@shiftdesk.test',
        CommentAddress    => 'billing-comment@shiftdesk.test',
    },
    {   Name              => 'Bench',
        Description       => 'Followed by the sync benchmark only (its 1,000 tickets stay out of Support)',
        CorrespondAddress => 'bench@shiftdesk.test',
        CommentAddress    => 'bench-comment@shiftdesk.test',
    },
);

@CustomFields = (
    {   Name        => 'Shiftdesk Client Id',
        Description => "Shiftdesk's id for the case (idempotent pushes)",
        Type        => 'FreeformSingle',
        LookupType  => 'RT::Queue-RT::Ticket',
        ApplyTo     => [ 'Support', 'Billing', 'Bench' ],
    },
    {   Name        => 'Shiftdesk Type',
        Description => "Shiftdesk's case type",
        Type        => 'SelectSingle',
        LookupType  => 'RT::Queue-RT::Ticket',
        ApplyTo     => [ 'Support', 'Billing', 'Bench' ],
        Values      => [ map { +{ Name => $_, SortOrder => ++$order } } @types ],
    },
    {   Name        => 'Shiftdesk Status',
        Description => "Shiftdesk's exact case status",
        Type        => 'SelectSingle',
        LookupType  => 'RT::Queue-RT::Ticket',
        ApplyTo     => [ 'Support', 'Billing', 'Bench' ],
        Values      => [ map { +{ Name => $_, SortOrder => ++$order } } @statuses ],
    },
);

@ACL = (
    # Agents: everything the connector does, on both queues.
    ( map { +{ GroupDomain => 'UserDefined', GroupId => 'Shiftdesk Staff', Queue => $_, Right => [@staff_rights] } }
      qw(Support Billing Bench) ),
    # Agents see and set the Shiftdesk custom fields.
    ( map { +{ GroupDomain => 'UserDefined', GroupId => 'Shiftdesk Staff', CF => $_,
              LookupType => 'RT::Queue-RT::Ticket', Right => [qw(SeeCustomField ModifyCustomField)] } } @cfs ),
    # Customers: anyone may open a ticket in Support (as by mail); requestors see and reply to theirs.
    ( map { +{ GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => $_,
              Right => [qw(CreateTicket ReplyToTicket)] } } qw(Support Bench) ),
    ( map { +{ GroupDomain => 'RT::Queue-Role', GroupType => 'Requestor', Queue => $_,
              Right => [qw(ShowTicket ReplyToTicket)] } } qw(Support Bench) ),
);

# REST2 auth tokens for the two agents, written to $RT_STATE_DIR/token and token-agent2 (0600).
# The token lives in the database, so every copy of the seeded database accepts it.
@Final = (
    sub {
        my $dir = $ENV{RT_STATE_DIR} or die "RT_STATE_DIR is not set\n";
        for ([ 'shiftdesk-staff', 'token' ], [ 'shiftdesk-agent2', 'token-agent2' ]) {
            my ($name, $file) = @$_;
            my $user = RT::User->new(RT->SystemUser);
            $user->Load($name);
            die "no user $name\n" unless $user->Id;
            my $token = RT::AuthToken->new(RT->SystemUser);
            my ($id, $msg, $authstring) = $token->Create(Owner => $user->Id, Description => 'Shiftdesk CI');
            die "token for $name: $msg\n" unless $id;
            my $path = "$dir/$file";
            my $old = umask 077;
            open my $fh, '>', "$path.tmp" or die "$path.tmp: $!\n";
            print $fh "$authstring\n";
            close $fh or die "$path.tmp: $!\n";
            umask $old;
            chmod 0600, "$path.tmp";
            rename "$path.tmp", $path or die "$path: $!\n";
        }
    },
);

1;
