using FluentValidation;
using TimeTracking.Application.Authorization;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.UnitTests.Fakes;

namespace TimeTracking.Application.UnitTests.Authorization;

public sealed class CurrentUserRulesTests
{
    [Fact]
    public void ActingUserId_NoneNamedAndNobodyAuthenticated_IsAValidationErrorOnUserId()
    {
        var act = () => FakeCurrentUser.Unauthenticated.ActingUserId(null);

        act.Should().Throw<ValidationException>().Which.Errors.Should().ContainSingle(failure => failure.PropertyName == "UserId");
    }

    [Fact]
    public void ActingUserId_NoneNamed_IsTheCaller() =>
        FakeCurrentUser.User(42).ActingUserId(null).Should().Be(42);

    [Fact]
    public void ActingUserId_TheCallerNamed_IsTheCaller() =>
        FakeCurrentUser.User(42).ActingUserId(42).Should().Be(42);

    [Fact]
    public void ActingUserId_AnotherUserNamedByAUser_IsForbidden()
    {
        var act = () => FakeCurrentUser.User(42).ActingUserId(43);

        act.Should().Throw<ForbiddenException>().WithMessage("*only for user 42, not for user 43*");
    }

    [Fact]
    public void ActingUserId_AnotherUserNamedByAnAdmin_IsThatUser() =>
        FakeCurrentUser.Admin(1).ActingUserId(43).Should().Be(43);

    [Fact]
    public void ActingUserId_AnyUserNamedWithoutAuthentication_IsThatUser() =>
        FakeCurrentUser.Unauthenticated.ActingUserId(43).Should().Be(43);

    [Theory]
    [InlineData(42, true)]
    [InlineData(43, false)]
    public void MayActFor_AUser_OnlyThemselves(long owner, bool expected) =>
        FakeCurrentUser.User(42).MayActFor(owner).Should().Be(expected);

    [Fact]
    public void MayActFor_AnAdmin_Anyone() =>
        FakeCurrentUser.Admin(1).MayActFor(43).Should().BeTrue();
}
